package dev.tact.xmpp.internal.roster;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;

import dev.tact.xmpp.internal.connection.SmackConnectionPort;

/** Runs one blocking roster operation off the caller's thread, failing with a message a user can read. */
final class RosterTask {

	/** A roster operation on the live connection. */
	@FunctionalInterface
	interface Operation {
		void run(XMPPTCPConnection connection) throws Exception;
	}

	private RosterTask() {
	}

	static CompletableFuture<Void> run(SmackConnectionPort connections, Executor io, String what, Operation operation) {
		XMPPTCPConnection connection = connections.connection().orElse(null);
		if (connection == null) {
			return CompletableFuture.failedFuture(new IllegalStateException("Not connected: cannot " + what + " now."));
		}
		return CompletableFuture.runAsync(() -> {
			try {
				operation.run(connection);
			} catch (XMPPException.XMPPErrorException e) {
				throw new IllegalStateException("The server refused to " + what + ": " + e.getStanzaError().getCondition(), e);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while trying to " + what, e);
			} catch (Exception e) {
				throw new IllegalStateException("Could not " + what + ": " + e.getMessage(), e);
			}
		}, io);
	}
}
