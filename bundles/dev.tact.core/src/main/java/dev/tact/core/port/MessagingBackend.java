package dev.tact.core.port;

import java.util.Set;

/**
 * Opens accounts. The XMPP bundle registers one as an OSGi service; the UI finds it there, so the UI never
 * depends on the XMPP bundle.
 */
public interface MessagingBackend {

	/**
	 * Prepares an account for {@code settings}; nothing touches the network until
	 * {@link ConnectionPort#connect(AccountSettings)} is called on the result.
	 *
	 * @param credentials         where the password is read from when connecting
	 * @param trustedCertificates SHA-256 fingerprints (hex) of server certificates the user accepted
	 */
	AccountPorts open(AccountSettings settings, CredentialStore credentials, Set<String> trustedCertificates);
}
