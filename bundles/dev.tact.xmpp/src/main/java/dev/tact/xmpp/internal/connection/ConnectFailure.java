package dev.tact.xmpp.internal.connection;

/**
 * A connection attempt that failed, with a message written for the user (never a stack trace) and the kind of
 * failure so the UI can offer the right next step (re-enter the password, check the server, trust a certificate).
 */
public final class ConnectFailure extends Exception {

	private static final long serialVersionUID = 1L;

	/** What went wrong, from the user's side of things. */
	public enum Kind {
		BAD_CREDENTIALS, UNKNOWN_HOST, UNREACHABLE, TLS_UNAVAILABLE, UNTRUSTED_CERTIFICATE, TIMEOUT, PROTOCOL, INVALID_SETTINGS, CONFLICT
	}

	private final Kind kind;
	private final transient UntrustedCertificateException certificate;

	public ConnectFailure(Kind kind, String message, Throwable cause) {
		this(kind, message, cause, null);
	}

	public ConnectFailure(Kind kind, String message, Throwable cause, UntrustedCertificateException certificate) {
		super(message, cause);
		this.kind = kind;
		this.certificate = certificate;
	}

	public Kind kind() {
		return kind;
	}

	/** The certificate to show the user when {@link #kind()} is {@link Kind#UNTRUSTED_CERTIFICATE}. */
	public UntrustedCertificateException certificate() {
		return certificate;
	}
}
