package dev.tact.core.client;

import dev.tact.core.chat.MessageSize;

/** A message body too big for one stanza ({@link MessageSize}); nothing was queued. Its message is for the user. */
public final class MessageTooLongException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	public MessageTooLongException(String body) {
		super(MessageSize.tooLong(body));
	}
}
