package dev.tact.core.port;

import java.util.Objects;

/**
 * A connection state with a reason the user can read ("Wrong password", "Server not reachable, retrying in 30 s"),
 * empty when there is nothing to explain.
 */
public record ConnectionStatus(ConnectionState state, String reason, CertificateInfo untrustedCertificate) {

	public ConnectionStatus {
		Objects.requireNonNull(state, "state");
		reason = reason == null ? "" : reason;
	}

	/** A status with no certificate question attached. */
	public ConnectionStatus(ConnectionState state, String reason) {
		this(state, reason, null);
	}

	public static ConnectionStatus of(ConnectionState state) {
		return new ConnectionStatus(state, "", null);
	}

	public boolean isConnected() {
		return state == ConnectionState.CONNECTED;
	}
}
