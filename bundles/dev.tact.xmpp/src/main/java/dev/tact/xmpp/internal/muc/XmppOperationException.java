package dev.tact.xmpp.internal.muc;

/** An XMPP operation failed; the message is one sentence the UI can show as is. */
public final class XmppOperationException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public XmppOperationException(String userMessage, Throwable cause) {
		super(userMessage, cause);
	}
}
