package dev.tact.xmpp.internal.connection;

import java.security.cert.CertificateException;

/**
 * The server showed a certificate that neither the system trust store nor the user's pins vouch for. It carries
 * what a user needs to decide: the SHA-256 fingerprint and the subject.
 */
public final class UntrustedCertificateException extends CertificateException {

	private static final long serialVersionUID = 1L;

	private final String sha256;
	private final String subject;

	public UntrustedCertificateException(String sha256, String subject, Throwable cause) {
		super("The server's certificate is not trusted (" + subject + ", SHA-256 " + sha256 + ")", cause);
		this.sha256 = sha256;
		this.subject = subject;
	}

	public String sha256() {
		return sha256;
	}

	public String subject() {
		return subject;
	}
}
