package dev.tact.core.port;

import dev.tact.core.event.Registration;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.tact.core.address.BareJid;
import dev.tact.core.address.OccupantJid;
import dev.tact.core.chat.ChatState;
import dev.tact.core.chat.MessageId;
import dev.tact.core.chat.MessagePage;
import dev.tact.core.chat.Occupant;
import dev.tact.core.chat.OutgoingMessage;

/**
 * Group chat rooms (XEP-0045). Inviting someone into a running conversation goes through
 * {@link #inviteWithConsent}, which asks the others first, as the etiquette guide asks; {@link #invite} sends the
 * invitation at once and is meant for a room that has just been started together.
 */
public interface GroupChatPort {

	/** A fresh, unused room address on the account's group chat service; fails if the server offers none. */
	CompletableFuture<BareJid> newRoomAddress();

	/** Creates a room and joins it as its owner. */
	CompletableFuture<Void> create(BareJid room, String nick);

	/** Enters a room; entering a room we are already in succeeds at once. */
	CompletableFuture<Void> join(BareJid room, String nick);

	CompletableFuture<Void> leave(BareJid room);

	CompletableFuture<Void> setTopic(BareJid room, String topic);

	/** Sends the invitation at once, without asking the room. */
	CompletableFuture<Void> invite(BareJid room, BareJid who, String reason);

	/**
	 * Asks the room "OK to add {@code who}?" and invites only if nobody objects within {@code window} (at once in a
	 * room with nobody else). {@code listener} hears ASKED, then exactly one final step, on a background thread.
	 */
	PendingInvitation inviteWithConsent(BareJid room, BareJid who, String reason, Duration window,
			InvitationProgressListener listener);

	/** Objects to someone else's {@link ConsentAsk}: the invitation they asked about is not sent. */
	CompletableFuture<Void> object(ConsentAsk ask);

	/**
	 * Sends {@code message} ({@link OutgoingMessage#groupChat()} set, {@code to} the room) with its id as stanza and
	 * origin id, so the room's echo is recognised as the same message. Fails if we are not in the room; core's outbox
	 * keeps it and sends it once we are in again.
	 */
	CompletableFuture<Void> send(OutgoingMessage message);

	/**
	 * Sends {@code body} privately to one occupant of a room we are in (XEP-0045 §7.5), with {@code id} as stanza and
	 * origin id; completes once it is handed to the server. Fails, sending nothing, if we are not in the room or
	 * {@code to}'s nick is not there now: whoever takes that nick next is someone else.
	 */
	CompletableFuture<Void> sendPrivately(OccupantJid to, MessageId id, String body);

	/**
	 * A page of the room's own archive (XEP-0313 on the room), older than the archived message
	 * {@code beforeArchiveId} ({@code null}: the newest page), oldest first. We must be in the room.
	 */
	CompletableFuture<MessagePage> history(BareJid room, String beforeArchiveId, int count);

	/** Tells the room what we are doing (composing, paused…); fire and forget, nothing if we are not in it. */
	void sendChatState(BareJid room, ChatState state);

	/** Everyone in the room now, moderators first, us included; empty if we are not in it. */
	List<Occupant> occupants(BareJid room);

	/** The room's topic as we last heard it, "" if none or if we are not in it. */
	String topic(BareJid room);

	/** Hears room messages, as {@link IncomingMessageEvent}s with {@code groupChat} set, for every room we are in. */
	Registration addRoomMessageListener(ChatListener listener);

	Registration addGroupChatListener(GroupChatListener listener);
}
