package dev.tact.xmpp.internal.muc;

import java.io.IOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.StanzaError;

/**
 * Turns what Smack throws into one sentence for the user (never a stack trace); the original stays attached as the
 * cause for the log.
 */
public final class FailureMessages {

	private FailureMessages() {
	}

	/** A {@link XmppOperationException} saying what {@code action} ran into. */
	public static XmppOperationException failure(String action, Throwable cause) {
		return new XmppOperationException(describe(action, unwrap(cause)), unwrap(cause));
	}

	static String describe(String action, Throwable cause) {
		if (cause instanceof SmackException.NotConnectedException) {
			return "Could not " + action + ": not connected to the server.";
		}
		if (cause instanceof SmackException.NoResponseException) {
			return "Could not " + action + ": the server did not answer in time.";
		}
		if (cause instanceof XMPPException.XMPPErrorException error) {
			StanzaError stanzaError = error.getStanzaError();
			String text = stanzaError.getDescriptiveText();
			String condition = stanzaError.getCondition().toString().replace('-', ' ');
			return "Could not " + action + ": the server said " + condition
					+ (text == null || text.isBlank() ? "." : " (" + text.strip() + ").");
		}
		if (cause instanceof InterruptedException) {
			Thread.currentThread().interrupt();
			return "Could not " + action + ": interrupted.";
		}
		if (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException) {
			return "Could not " + action + ": " + cause.getMessage();
		}
		if (cause instanceof IOException) {
			return "Could not " + action + ": a network or file error occurred (" + cause.getMessage() + ").";
		}
		return "Could not " + action + ".";
	}

	private static Throwable unwrap(Throwable t) {
		Throwable current = t;
		while ((current instanceof CompletionException || current instanceof ExecutionException)
				&& current.getCause() != null) {
			current = current.getCause();
		}
		return current;
	}
}
