package dev.tact.core.port;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.Occupant;

/**
 * Hears what happens in rooms (messages arrive through {@link GroupChatPort#addRoomMessageListener}). Every
 * method has an empty default.
 */
public interface GroupChatListener {

	/** Someone joined, or an occupant's role changed. */
	default void occupantJoinedOrUpdated(BareJid room, Occupant occupant) {
	}

	default void occupantLeft(BareJid room, String nick) {
	}

	default void occupantRenamed(BareJid room, String oldNick, String newNick) {
	}

	default void topicChanged(BareJid room, String topic) {
	}

	default void invited(RoomInvitation invitation) {
	}

	/** Someone else in a room we are in asks whether it is OK to invite a person (never our own questions). */
	default void consentAsked(ConsentAsk ask) {
	}
}
