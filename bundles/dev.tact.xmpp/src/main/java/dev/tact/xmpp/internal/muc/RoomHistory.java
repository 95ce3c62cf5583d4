package dev.tact.xmpp.internal.muc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smackx.delay.packet.DelayInformation;
import org.jivesoftware.smackx.forward.packet.Forwarded;
import org.jivesoftware.smackx.mam.MamManager;
import org.jivesoftware.smackx.mam.MamManager.MamQuery;
import org.jivesoftware.smackx.mam.MamManager.MamQueryArgs;
import org.jivesoftware.smackx.mam.element.MamElements.MamResultExtension;
import org.jivesoftware.smackx.muc.MultiUserChat;

import dev.tact.core.chat.ChatMessage;
import dev.tact.core.chat.MessagePage;

/** Reads a room's past messages from the room's own archive (XEP-0313 on the room's address). */
final class RoomHistory {

	private RoomHistory() {
	}


	/**
	 * Up to {@code count} messages with a body before the archive id {@code before} (the newest if null), oldest
	 * first, and whether the archive holds older ones. Blocks.
	 */
	static MessagePage page(MultiUserChat muc, String myNick, String before, int count, Instant now) throws Exception {
		MamQueryArgs.Builder args = MamQueryArgs.builder().setResultPageSize(count);
		args = before == null ? args.queryLastPage() : args.beforeUid(before);
		MamQuery query = MamManager.getInstanceFor(muc).queryArchive(args.build());
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
		return new MessagePage(messages, !query.isComplete() && !query.getMamResultExtensions().isEmpty());
	}
}
