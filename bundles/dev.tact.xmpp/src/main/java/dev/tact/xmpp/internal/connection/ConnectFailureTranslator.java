package dev.tact.xmpp.internal.connection;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

import javax.net.ssl.SSLException;

import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.sasl.SASLErrorException;

/** Turns what Smack and the JDK throw while connecting into a {@link ConnectFailure} a user can act on. */
final class ConnectFailureTranslator {

	private ConnectFailureTranslator() {
	}

	static ConnectFailure translate(Throwable error, ConnectionSettings settings, PinningTrustManager trust) {
		String server = settings.host() != null ? settings.host() + (settings.port() > 0 ? ":" + settings.port() : "")
				: settings.account().domain();
		UntrustedCertificateException untrusted = trust.lastRejection();
		if (untrusted != null && find(error, SSLException.class) != null) {
			return new ConnectFailure(ConnectFailure.Kind.UNTRUSTED_CERTIFICATE,
					"The certificate of " + server + " is not trusted. Check its fingerprint before accepting it: SHA-256 "
							+ untrusted.sha256(), error, untrusted);
		}
		if (find(error, SASLErrorException.class) != null) {
			return new ConnectFailure(ConnectFailure.Kind.BAD_CREDENTIALS,
					"The server rejected the password for " + settings.account() + ".", error);
		}
		if (find(error, SmackException.SecurityRequiredByClientException.class) != null) {
			return new ConnectFailure(ConnectFailure.Kind.TLS_UNAVAILABLE,
					server + " does not offer an encrypted connection (STARTTLS), and Tact will not send your password in plaintext.",
					error);
		}
		if (find(error, UnknownHostException.class) != null) {
			return new ConnectFailure(ConnectFailure.Kind.UNKNOWN_HOST, "The server " + server + " cannot be found. Check its name.",
					error);
		}
		if (find(error, SmackException.EndpointConnectionException.class) != null || find(error, ConnectException.class) != null
				|| find(error, NoRouteToHostException.class) != null) {
			return new ConnectFailure(ConnectFailure.Kind.UNREACHABLE,
					"Cannot reach " + server + ": nothing answers there. Is the server running, and is the port right?", error);
		}
		if (find(error, SmackException.NoResponseException.class) != null || find(error, SocketTimeoutException.class) != null) {
			return new ConnectFailure(ConnectFailure.Kind.TIMEOUT, server + " did not answer in time. Try again later.", error);
		}
		if (find(error, SSLException.class) != null) {
			return new ConnectFailure(ConnectFailure.Kind.TLS_UNAVAILABLE,
					"The encrypted connection to " + server + " failed: " + rootMessage(error), error);
		}
		if (error instanceof XMPPException || error instanceof SmackException) {
			return new ConnectFailure(ConnectFailure.Kind.PROTOCOL, "The server " + server + " refused the connection: "
					+ rootMessage(error), error);
		}
		return new ConnectFailure(ConnectFailure.Kind.PROTOCOL, "Connecting to " + server + " failed: " + rootMessage(error), error);
	}

	private static <T extends Throwable> T find(Throwable error, Class<T> type) {
		for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
			for (Throwable suppressed : t.getSuppressed()) {
				if (type.isInstance(suppressed)) {
					return type.cast(suppressed);
				}
			}
		}
		return null;
	}

	private static String rootMessage(Throwable error) {
		Throwable root = error;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage();
		return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
	}
}
