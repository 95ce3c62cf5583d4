package dev.tact.xmpp.internal.muc;

import java.time.Instant;

import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smackx.delay.packet.DelayInformation;
import org.jivesoftware.smackx.sid.element.OriginIdElement;
import org.jivesoftware.smackx.sid.element.StanzaIdElement;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.Author;
import dev.tact.core.chat.ChatMessage;
import dev.tact.core.chat.DeliveryState;
import dev.tact.core.chat.Direction;
import dev.tact.core.chat.MessageId;

/** Turns a groupchat stanza into core's {@link ChatMessage}, with the server's time when it names one. */
final class RoomMessageReader {

	private RoomMessageReader() {
	}

	/**
	 * @param stanza the message from {@code room/nick}
	 * @param myNick our nick in the room, to tell our own reflected messages apart
	 * @param archiveId the archive's id for the message (MAM), or null
	 * @param serverTime the time the archive gave, or null to use the stanza's {@code delay} or {@code now}
	 */
	static ChatMessage read(Message stanza, String myNick, String archiveId, Instant serverTime, Instant now) {
		String nick = stanza.getFrom().getResourceOrEmpty().toString();
		Author author = nick.isEmpty() ? new Author(Addresses.bare(stanza.getFrom()), "") : Author.nick(nick);
		Direction direction = !nick.isEmpty() && nick.equals(myNick) ? Direction.OUTGOING : Direction.INCOMING;
		OriginIdElement origin = OriginIdElement.getOriginId(stanza);
		String id = origin != null && origin.getId() != null && !origin.getId().isBlank() ? origin.getId()
				: stanza.getStanzaId();
		MessageId messageId = id == null || id.isBlank() ? MessageId.random() : MessageId.of(id);
		Instant time = serverTime != null ? serverTime : delayOf(stanza, now);
		return new ChatMessage(messageId, archiveId, author, direction, stanza.getBody(), time, DeliveryState.DELIVERED,
				false);
	}

	/**
	 * The id the room's archive gave the message (XEP-0359 stanza-id by the room), so that older history can be asked
	 * for before it; null if the room keeps no archive.
	 */
	static String roomArchiveId(Message stanza, BareJid room) {
		for (StanzaIdElement element : stanza.getExtensions(StanzaIdElement.class)) {
			if (room.toString().equalsIgnoreCase(element.getBy())) {
				return element.getId();
			}
		}
		return null;
	}

	static boolean isDelayed(Message stanza) {
		return DelayInformation.from(stanza) != null;
	}


	private static Instant delayOf(Message stanza, Instant now) {
		DelayInformation delay = DelayInformation.from(stanza);
		return delay == null || delay.getStamp() == null ? now : delay.getStamp().toInstant();
	}
}
