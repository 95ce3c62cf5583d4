package dev.tact.xmpp.internal.muc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smackx.delay.packet.DelayInformation;
import org.jivesoftware.smackx.forward.packet.Forwarded;
import org.jivesoftware.smackx.mam.MamManager;
import org.jivesoftware.smackx.mam.element.MamElements.MamResultExtension;
import org.jivesoftware.smackx.muc.MultiUserChat;

import dev.tact.core.chat.ChatMessage;

/** Reads the most recent messages of a room from the room's own archive (XEP-0313 on the room's address). */
final class RoomHistory {

	private RoomHistory() {
	}

	/** Up to {@code max} of the latest messages with a body, oldest first. Blocks. */
	static List<ChatMessage> latest(MultiUserChat muc, String myNick, int max, Instant now) throws Exception {
		MamManager mam = MamManager.getInstanceFor(muc);
		MamManager.MamQuery query = mam.queryMostRecentPage(null, max);
		List<ChatMessage> messages = new ArrayList<>();
		for (MamResultExtension result : query.getMamResultExtensions()) {
			Forwarded<Message> forwarded = result.getForwarded();
			Message stanza = forwarded.getForwardedStanza();
			if (stanza.getBody() == null || stanza.getFrom() == null) {
				continue;
			}
			DelayInformation delay = forwarded.getDelayInformation();
			Instant time = delay == null || delay.getStamp() == null ? null : delay.getStamp().toInstant();
			messages.add(RoomMessageReader.read(stanza, myNick, result.getId(), time, now));
		}
		return messages;
	}
}
