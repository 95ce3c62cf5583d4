package dev.tact.xmpp.internal.chat;

import java.time.Instant;
import java.util.Locale;
import java.util.function.Predicate;

import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smackx.attention.packet.AttentionExtension;
import org.jivesoftware.smackx.chat_markers.element.ChatMarkersElements.DisplayedExtension;
import org.jivesoftware.smackx.chatstates.ChatStateManager;
import org.jivesoftware.smackx.chatstates.packet.ChatStateExtension;
import org.jivesoftware.smackx.delay.packet.DelayInformation;
import org.jivesoftware.smackx.muc.packet.GroupChatInvitation;
import org.jivesoftware.smackx.muc.packet.MUCUser;
import org.jivesoftware.smackx.message_correct.element.MessageCorrectExtension;
import org.jivesoftware.smackx.receipts.DeliveryReceipt;
import org.jivesoftware.smackx.sid.element.OriginIdElement;
import org.jivesoftware.smackx.sid.element.StanzaIdElement;
import org.jxmpp.jid.Jid;

import dev.tact.core.address.BareJid;
import dev.tact.core.address.ChatAddress;
import dev.tact.core.address.OccupantJid;
import dev.tact.core.chat.Author;
import dev.tact.core.chat.ChatMessage;
import dev.tact.core.chat.ChatState;
import dev.tact.core.chat.DeliveryState;
import dev.tact.core.chat.Direction;
import dev.tact.core.chat.MessageId;
import dev.tact.core.port.ChatListener;
import dev.tact.core.port.ChatStateEvent;
import dev.tact.core.port.IncomingMessageEvent;
import dev.tact.core.port.MessageSource;
import dev.tact.core.port.ReceiptEvent;
import dev.tact.xmpp.internal.connection.Jids;

/**
 * Reads a one-to-one message stanza (live, carbon copy or archived) into core's events: the message, a receipt or
 * displayed marker, a chat state. Whatever a peer sends is data: anything unreadable is skipped, never thrown.
 */
final class IncomingMessageReader {

	/** The longest nick a private message's sender may have (a resource, RFC 7622). */
	private static final int MAX_NICK = 1023;

	private final BareJid me;
	private final Predicate<BareJid> isRoom;

	/** @param isRoom whether an address is a group chat room we are in, or were in this session */
	IncomingMessageReader(BareJid me, Predicate<BareJid> isRoom) {
		this.me = me;
		this.isRoom = isRoom;
	}

	/**
	 * Raises what {@code message} says to {@code sink}; a live message is never taken for one the server kept.
	 *
	 * @param archiveId the archive id (MAM result id), or null to take the server's stanza-id
	 * @param stamp     the time from a forwarding wrapper (carbon, archive), or null
	 */
	void read(Message message, MessageSource source, String archiveId, Instant stamp, Instant now, ChatListener sink) {
		read(message, source, archiveId, stamp, now, sink, false);
	}

	/**
	 * As {@link #read(Message, MessageSource, String, Instant, Instant, ChatListener)}, for a live message that
	 * {@code mayBeKept} by our server while we were away: it arrived while the server was handing over what it kept
	 * (see {@link KeptMessagesWindow}), so a delay stamp by our server is believed. At any other time anyone can write
	 * such a stamp, and it is ignored.
	 */
	void read(Message message, MessageSource source, String archiveId, Instant stamp, Instant now, ChatListener sink,
			boolean mayBeKept) {
		BareJid from = Jids.bare(message.getFrom());
		if (from == null || isRoomInvitation(message)) {
			return; // invitations are group chat business (their body is the server's wording), not a conversation
		}
		boolean ours = from.equals(me);
		Jid peer = ours ? message.getTo() : message.getFrom();
		BareJid peerAccount = Jids.bare(peer);
		if (peerAccount == null || peerAccount.equals(me) && !ours) {
			return;
		}
		ChatAddress conversation = peerAccount;
		Author author = Author.of(from);
		if (isRoom.test(peerAccount)) {
			// A chat message through a room is private to one occupant: it is kept apart from the room's, or a reply
			// would go to everyone there. One from the room's own address is not a conversation at all.
			String nick = peer.getResourceOrEmpty().toString();
			if (nick.isBlank() || nick.length() > MAX_NICK) {
				return;
			}
			OccupantJid occupant = new OccupantJid(peerAccount, nick);
			conversation = occupant;
			author = ours ? author : Author.nick(nick);
		}
		if (!ours) {
			DeliveryReceipt receipt = DeliveryReceipt.from(message);
			if (receipt != null && receipt.getId() != null && !receipt.getId().isBlank()) {
				sink.receiptReceived(new ReceiptEvent(conversation, MessageId.of(receipt.getId()), DeliveryState.DELIVERED));
			}
			DisplayedExtension displayed = DisplayedExtension.from(message);
			if (displayed != null && displayed.getId() != null && !displayed.getId().isBlank()) {
				sink.receiptReceived(new ReceiptEvent(conversation, MessageId.of(displayed.getId()), DeliveryState.READ));
			}
		}
		// Chat state elements are named after the state, so they are found by namespace.
		if (message.getExtension(ChatStateManager.NAMESPACE) instanceof ChatStateExtension extension
				&& source != MessageSource.ARCHIVE) {
			ChatState state = ChatState.valueOf(extension.getChatState().name().toUpperCase(Locale.ROOT));
			sink.chatStateReceived(new ChatStateEvent(conversation, author, state));
		}
		String body = message.getBody();
		if (body == null) {
			return;
		}
		DelayInformation delay = mayBeKept && source == MessageSource.LIVE ? serversDelay(message) : null;
		Instant timestamp = stamp != null ? stamp : delay != null && delay.getStamp() != null ? delay.getStamp().toInstant() : now;
		MessageSource actualSource = source == MessageSource.LIVE && delay != null ? MessageSource.OFFLINE_STORAGE : source;
		MessageId id = idOf(message, archiveId);
		if (id == null) {
			// An id is only recommended (RFC 6120 §8.1.3); a message without one is still shown, under one of ours.
			id = MessageId.random();
		}
		ChatMessage chat = new ChatMessage(id, archiveId != null ? archiveId : serverStanzaId(message), author,
				ours ? Direction.OUTGOING : Direction.INCOMING, body, timestamp,
				ours ? DeliveryState.SENT : DeliveryState.DELIVERED, false);
		MessageCorrectExtension correction = MessageCorrectExtension.from(message);
		MessageId replaces = correction == null || blank(correction.getIdInitialMessage()) ? null
				: MessageId.of(correction.getIdInitialMessage());
		boolean attention = message.hasExtension(AttentionExtension.ELEMENT_NAME, AttentionExtension.NAMESPACE);
		sink.messageReceived(new IncomingMessageEvent(conversation, chat, actualSource, replaces, attention, false));
	}

	/**
	 * The message's delay stamp if it says our own server put it there (it kept the message while we were offline);
	 * a stamp from anyone else is ignored, or a peer could backdate what they write, or pass a live message off as
	 * old. What a stamp says can be forged too, so this is asked only while the server hands over what it kept.
	 */
	private DelayInformation serversDelay(Message message) {
		// The server adds its stamp after any the sender wrote (which may name the server too): the last one counts.
		DelayInformation servers = null;
		for (DelayInformation delay : message.getExtensions(DelayInformation.class)) {
			if (me.domain().equalsIgnoreCase(delay.getFrom())) {
				servers = delay;
			}
		}
		return servers;
	}

	/** The archive id the server gave this message in our own archive (XEP-0359 stanza-id by us), or null. */
	String serverStanzaId(Message message) {
		for (StanzaIdElement element : message.getExtensions(StanzaIdElement.class)) {
			if (me.toString().equalsIgnoreCase(element.getBy())) {
				return element.getId();
			}
		}
		return null;
	}

	/** A mediated invitation or decline (XEP-0045 §7.8.2) or a direct invitation (XEP-0249). */
	static boolean isRoomInvitation(Message message) {
		MUCUser user = MUCUser.from(message);
		return user != null && (user.getInvite() != null || user.getDecline() != null)
				|| message.hasExtension(GroupChatInvitation.ELEMENT, GroupChatInvitation.NAMESPACE);
	}

	private static MessageId idOf(Message message, String archiveId) {
		OriginIdElement origin = OriginIdElement.getOriginId(message);
		if (origin != null && !blank(origin.getId())) {
			return MessageId.of(origin.getId());
		}
		if (!blank(message.getStanzaId())) {
			return MessageId.of(message.getStanzaId());
		}
		return blank(archiveId) ? null : MessageId.of(archiveId);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
