package dev.tact.core.port;

/** Where the connection to the server stands. */
public enum ConnectionState {
	DISCONNECTED,
	CONNECTING,
	CONNECTED,
	/** The connection dropped and is being restored (stream resumption where possible). */
	RECONNECTING,
	/** Gave up until the user acts, e.g. wrong password or untrusted certificate; see the reason. */
	FAILED
}
