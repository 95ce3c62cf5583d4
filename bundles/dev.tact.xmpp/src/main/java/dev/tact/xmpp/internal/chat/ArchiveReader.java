package dev.tact.xmpp.internal.chat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.forward.packet.Forwarded;
import org.jivesoftware.smackx.mam.MamManager;
import org.jivesoftware.smackx.mam.MamManager.MamQuery;
import org.jivesoftware.smackx.mam.MamManager.MamQueryArgs;
import org.jivesoftware.smackx.mam.element.MamElements.MamResultExtension;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.ChatMessage;
import dev.tact.core.chat.MessagePage;
import dev.tact.core.port.ChatListener;
import dev.tact.core.port.IncomingMessageEvent;
import dev.tact.core.port.MessageSource;
import dev.tact.xmpp.internal.connection.Jids;

/**
 * Reads the server archive (XEP-0313): pages of one conversation's history for scrolling back, and everything after
 * the last message we saw for catching up after a reconnect. Archived copies go through the same reader as live
 * messages, so their origin ids match and core de-duplicates them.
 */
final class ArchiveReader {

	private static final int CATCH_UP_PAGE = 100;

	private final IncomingMessageReader reader;

	ArchiveReader(IncomingMessageReader reader) {
		this.reader = reader;
	}

	/**
	 * Up to {@code count} messages with {@code with} before the archive id {@code before} (the newest if null), oldest
	 * first. The archive also holds receipts and chat states, so it pages further back until it has {@code count}
	 * messages with a body or reaches the start.
	 */
	MessagePage page(XMPPTCPConnection connection, BareJid with, String before, int count)
			throws XMPPException, SmackException, InterruptedException {
		List<ChatMessage> collected = new ArrayList<>();
		String anchor = before;
		boolean complete = false;
		while (collected.size() < count && !complete) {
			MamQueryArgs.Builder args = MamQueryArgs.builder().limitResultsToJid(Jids.entityBare(with)).setResultPageSize(count);
			args = anchor == null ? args.queryLastPage() : args.beforeUid(anchor);
			MamQuery query = MamManager.getInstanceFor(connection).queryArchive(args.build());
			List<MamResultExtension> results = query.getMamResultExtensions();
			List<ChatMessage> page = new ArrayList<>();
			readAll(results, new ChatListener() {
				@Override
				public void messageReceived(IncomingMessageEvent event) {
					if (!event.isCorrection()) {
						page.add(event.message());
					}
				}
			});
			collected.addAll(0, page);
			complete = query.isComplete() || results.isEmpty();
			if (!results.isEmpty()) {
				anchor = results.get(0).getId();
			}
		}
		if (collected.size() > count) {
			return new MessagePage(collected.subList(collected.size() - count, collected.size()), true);
		}
		return new MessagePage(collected, !complete);
	}

	/**
	 * Raises every archived message after archive id {@code after} (or, without one, since {@code since}) as an
	 * {@link MessageSource#ARCHIVE} event. Returns the newest archive id seen, or {@code after} if none.
	 */
	String catchUp(XMPPTCPConnection connection, String after, Instant since, ChatListener sink)
			throws XMPPException, SmackException, InterruptedException {
		MamQueryArgs.Builder args = MamQueryArgs.builder().setResultPageSize(CATCH_UP_PAGE);
		if (after != null) {
			args.afterUid(after);
		} else {
			args.limitResultsSince(Date.from(since));
		}
		MamQuery query;
		try {
			query = MamManager.getInstanceFor(connection).queryArchive(args.build());
		} catch (XMPPException.XMPPErrorException unknownId) {
			if (after == null) {
				throw unknownId;
			}
			// The server forgot that id (its archive was reset): fall back to the time.
			return catchUp(connection, null, since, sink);
		}
		String newest = readAll(query.getMamResultExtensions(), sink);
		String last = newest != null ? newest : after;
		while (!query.isComplete()) {
			query.pageNext(CATCH_UP_PAGE);
			newest = readAll(query.getMamResultExtensions(), sink);
			if (newest == null) {
				break;
			}
			last = newest;
		}
		return last;
	}

	private String readAll(List<MamResultExtension> results, ChatListener sink) {
		String newest = null;
		Instant now = Instant.now();
		for (MamResultExtension result : results) {
			Forwarded<Message> forwarded = result.getForwarded();
			if (forwarded == null || forwarded.getForwardedStanza() == null) {
				continue;
			}
			Instant stamp = forwarded.getDelayInformation() == null || forwarded.getDelayInformation().getStamp() == null
					? null
					: forwarded.getDelayInformation().getStamp().toInstant();
			reader.read(forwarded.getForwardedStanza(), MessageSource.ARCHIVE, result.getId(), stamp, now, sink);
			newest = result.getId();
		}
		return newest;
	}
}
