package dev.tact.xmpp.internal.connection;

/** How a connection protects itself. */
public enum TlsPolicy {
	/** STARTTLS is required; the connection fails rather than continue in plaintext. The default. */
	REQUIRED,
	/**
	 * No TLS. Only honoured for a server named explicitly that resolves to the loopback interface, and only when the
	 * user explicitly allowed it (a local test server); the connection goes to that one address, never through DNS
	 * SRV. Anything else is refused before a byte is sent.
	 */
	PLAINTEXT_ON_LOOPBACK
}
