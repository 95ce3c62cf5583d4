package dev.tact.core.chat;

import java.time.Instant;
import java.util.Objects;

import dev.tact.core.address.BareJid;

/**
 * A message we wrote, as it is stored in the outbox and handed to the XMPP layer. Its {@link #id()} is sent as the
 * origin id on every attempt, so a resend after a reconnect is recognised as the same message.
 *
 * @param id the stable origin id
 * @param to the contact, or the room for a group chat message
 * @param body the text
 * @param createdAt when the user pressed send
 * @param groupChat whether {@code to} is a room
 * @param replaces the id of our earlier message this one corrects (XEP-0308), or null
 * @param urgent whether the user sent it as urgent (with an attention request, XEP-0224)
 * @param heldForAvailability whether it waits, queued, until the recipient is Available ("Send later")
 * @param from the account that wrote it, which alone may send it; null for a message from before accounts were
 *        recorded, which goes with whichever account signs in
 */
public record OutgoingMessage(MessageId id, BareJid to, String body, Instant createdAt, boolean groupChat,
		MessageId replaces, boolean urgent, boolean heldForAvailability, BareJid from) {

	public OutgoingMessage {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(createdAt, "createdAt");
		body = body == null ? "" : body;
	}

	/** A message that goes out as soon as it can. */
	public OutgoingMessage(MessageId id, BareJid to, String body, Instant createdAt, boolean groupChat,
			MessageId replaces, boolean urgent) {
		this(id, to, body, createdAt, groupChat, replaces, urgent, false, null);
	}

	/** A plain one-to-one message with a fresh id. */
	public static OutgoingMessage to(BareJid to, String body, Instant createdAt) {
		return new OutgoingMessage(MessageId.random(), to, body, createdAt, false, null, false);
	}

	/** This message, as written by {@code account}: only that account sends it. */
	public OutgoingMessage writtenBy(BareJid account) {
		return new OutgoingMessage(id, to, body, createdAt, groupChat, replaces, urgent, heldForAvailability, account);
	}

	/** Whether {@code account}, signed in, may send this message. */
	public boolean goesFrom(BareJid account) {
		return from == null || from.equals(account);
	}

	public boolean isCorrection() {
		return replaces != null;
	}

	public OutgoingMessage asUrgent() {
		return new OutgoingMessage(id, to, body, createdAt, groupChat, replaces, true, heldForAvailability, from);
	}

	/** This message, waiting until the recipient is Available. */
	public OutgoingMessage heldUntilAvailable() {
		return new OutgoingMessage(id, to, body, createdAt, groupChat, replaces, urgent, true, from);
	}

	/** This message, no longer waiting: it goes out as soon as it can. */
	public OutgoingMessage released() {
		return new OutgoingMessage(id, to, body, createdAt, groupChat, replaces, urgent, false, from);
	}

	/** How this message shows in our own conversation view before the server has accepted it. */
	public ChatMessage toChatMessage(Author me) {
		return ChatMessage.outgoing(id, me, body, createdAt);
	}
}
