package dev.tact.core.port;

import java.util.Objects;

import dev.tact.core.address.BareJid;

/**
 * What is needed to connect, apart from the password (which comes from the {@link CredentialStore}).
 *
 * @param account the user's address
 * @param resource the resource to bind, e.g. "tact-eclipse"
 * @param host the server host, or empty to look it up from the domain (DNS SRV)
 * @param port the server port, or 0 for the default
 * @param allowPlaintext whether an unencrypted connection is allowed; only for a loopback test server
 */
public record AccountSettings(BareJid account, String resource, String host, int port, boolean allowPlaintext) {

	public AccountSettings {
		Objects.requireNonNull(account, "account");
		resource = resource == null || resource.isBlank() ? "tact" : resource.strip();
		host = host == null ? "" : host.strip();
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("A port is between 1 and 65535, or 0 for the default");
		}
	}
}
