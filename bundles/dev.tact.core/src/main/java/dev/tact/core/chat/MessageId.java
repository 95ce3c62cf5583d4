package dev.tact.core.chat;

import java.util.Objects;
import java.util.UUID;

/**
 * The stable id of a message, chosen by the client that wrote it and kept across resends, carbons and archive
 * copies (the XEP-0359 {@code origin-id}). For a message that arrives without an origin id, the XMPP layer uses the
 * stanza's {@code id} attribute instead.
 */
public record MessageId(String value) {

	public MessageId {
		Objects.requireNonNull(value, "value");
		value = value.strip();
		if (value.isEmpty()) {
			throw new IllegalArgumentException("A message id may not be blank");
		}
	}

	/** A fresh, globally unique id for a message we are about to write. */
	public static MessageId random() {
		return new MessageId(UUID.randomUUID().toString());
	}

	public static MessageId of(String value) {
		return new MessageId(value);
	}

	@Override
	public String toString() {
		return value;
	}
}
