package dev.tact.core.port;

/**
 * A message's send failed because the stream it went on ended before the server confirmed it. The server handles
 * stanzas in order, so when a stream ends for something a client sent (a stanza over the server's size limit), the
 * culprit is the oldest message it had not confirmed: {@link #oldestUnconfirmed()} says whether this was that one.
 */
public final class StreamLostException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	private final boolean oldestUnconfirmed;

	public StreamLostException(boolean oldestUnconfirmed) {
		super("The connection was lost before the server confirmed the message");
		this.oldestUnconfirmed = oldestUnconfirmed;
	}

	/** Whether this message was the first one on the stream that the server had not confirmed when it ended. */
	public boolean oldestUnconfirmed() {
		return oldestUnconfirmed;
	}
}
