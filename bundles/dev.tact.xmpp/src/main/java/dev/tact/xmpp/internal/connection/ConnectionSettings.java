package dev.tact.xmpp.internal.connection;

import java.util.Objects;
import java.util.Set;

import dev.tact.core.address.BareJid;

/**
 * Everything needed to open one account's connection. {@code host} and {@code port} are optional: without them
 * the server is found from the address's domain (DNS SRV), as standard clients do.
 *
 * @param account             the account's bare address
 * @param host                the server host to connect to instead of the domain, or {@code null}
 * @param port                the port, or 0 for the default
 * @param resource            the resource this client binds
 * @param tls                 the TLS policy
 * @param pinnedCertificates  SHA-256 fingerprints (lowercase hex) of certificates the user accepted
 */
public record ConnectionSettings(BareJid account, String host, int port, String resource, TlsPolicy tls,
		Set<String> pinnedCertificates) {

	public ConnectionSettings {
		Objects.requireNonNull(account, "account");
		if (account.local().isEmpty()) {
			throw new IllegalArgumentException("The account needs a user name, as in name@" + account.domain());
		}
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("Port " + port + " is not a valid TCP port");
		}
		resource = resource == null || resource.isBlank() ? "tact" : resource.strip();
		tls = tls == null ? TlsPolicy.REQUIRED : tls;
		pinnedCertificates = pinnedCertificates == null ? Set.of() : Set.copyOf(pinnedCertificates);
	}

	/** Settings for an account on a server found through its domain, with TLS required. */
	public static ConnectionSettings of(BareJid account) {
		return new ConnectionSettings(account, null, 0, null, TlsPolicy.REQUIRED, Set.of());
	}



}
