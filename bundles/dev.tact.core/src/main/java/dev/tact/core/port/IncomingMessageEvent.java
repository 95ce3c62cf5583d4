package dev.tact.core.port;

import java.util.Objects;

import dev.tact.core.address.ChatAddress;
import dev.tact.core.chat.ChatMessage;
import dev.tact.core.chat.MessageId;

/**
 * A message the XMPP layer received, including copies of our own (carbons, archive).
 *
 * @param conversation the contact or room the message belongs to, or the room's occupant who wrote it privately
 * @param message the message, with its origin id, archive id and server timestamp
 * @param source how it reached us
 * @param replaces for a correction (XEP-0308), the id of the corrected message; null otherwise
 * @param attention whether the sender asked for attention (XEP-0224), i.e. marked it urgent
 * @param groupChat whether {@code conversation} is a room
 */
public record IncomingMessageEvent(ChatAddress conversation, ChatMessage message, MessageSource source,
		MessageId replaces, boolean attention, boolean groupChat) {

	public IncomingMessageEvent {
		Objects.requireNonNull(conversation, "conversation");
		Objects.requireNonNull(message, "message");
		source = source == null ? MessageSource.LIVE : source;
	}

	public boolean isCorrection() {
		return replaces != null;
	}
}
