package dev.tact.xmpp.internal.connection;

import dev.tact.core.port.CertificateInfo;

import java.security.cert.CertificateException;

/**
 * The server showed a certificate that neither the system trust store nor the user's pins vouch for. It carries
 * what a user needs to decide: fingerprint, subject and issuer, host names, validity.
 */
public final class UntrustedCertificateException extends CertificateException {

	private static final long serialVersionUID = 1L;

	private final transient CertificateInfo info;

	public UntrustedCertificateException(CertificateInfo info, Throwable cause) {
		super("The server's certificate is not trusted (" + info.subject() + ", SHA-256 " + info.sha256() + ")", cause);
		this.info = info;
	}

	public CertificateInfo info() {
		return info;
	}

	public String sha256() {
		return info.sha256();
	}

	public String subject() {
		return info.subject();
	}
}
