package dev.tact.xmpp.internal.connection;

import org.jivesoftware.smack.tcp.XMPPTCPConnection;

/**
 * What the presence, chat and roster adapters need to know about the connection underneath them. Each
 * {@link SmackConnectionPort#connect} builds a new Smack connection (a retry after a failure starts clean), while
 * reconnections after a drop reuse it so that stream management can resume. Called on the connection worker
 * thread, in this order: {@code created} once per connection, {@code loggedIn} after each login, {@code lost} after
 * each drop.
 */
public interface ConnectionLifecycle {

	/** A new connection exists and is not yet connected: register stanza listeners and managers here. */
	default void created(XMPPTCPConnection connection) {
	}

	/**
	 * Logged in. {@code resumed} says the stream was resumed (XEP-0198): nothing was lost and nothing needs to be
	 * sent again. Otherwise this is a fresh session: send initial presence, resend what was not acknowledged.
	 */
	default void loggedIn(XMPPTCPConnection connection, boolean resumed) {
	}

	/** The connection dropped; a reconnection may follow. */
	default void lost() {
	}
}
