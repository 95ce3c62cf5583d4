package dev.tact.core.port;

import java.util.concurrent.CompletableFuture;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.ChatState;
import dev.tact.core.chat.DeliveryState;
import dev.tact.core.chat.MessageId;
import dev.tact.core.chat.MessagePage;
import dev.tact.core.chat.OutgoingMessage;
import dev.tact.core.event.Registration;

/** Sends messages, chat states and receipts, one-to-one or to a room. */
public interface ChatPort {

	/**
	 * Sends {@code message} with its id as origin id (and as stanza id), a correction element if
	 * {@link OutgoingMessage#replaces()} is set, and an attention request if it is urgent. Completes when the server
	 * acknowledged it (stream management); fails if it could not go, or if the stream it went on is gone for good
	 * (a reconnect that could not resume it, failing with {@link StreamLostException}), so that core's outbox hands it
	 * out again with the same id. A resumed
	 * stream resends unacknowledged messages itself: sending an id that is still awaiting its acknowledgement again
	 * does not put it on the wire twice, and the returned future follows the first send's.
	 */
	CompletableFuture<Void> send(OutgoingMessage message);

	/** Tells the peer what we are doing (composing, paused…); fire and forget. */
	void sendChatState(BareJid to, ChatState state);

	/** Tells the sender we received ({@link DeliveryState#DELIVERED}) or displayed ({@link DeliveryState#READ}) it. */
	void sendReceipt(BareJid to, MessageId id, DeliveryState state);

	Registration addChatListener(ChatListener listener);

	/**
	 * A page of the server's archive of the conversation with {@code with} (XEP-0313), older than the archived message
	 * {@code beforeArchiveId} ({@code null}: the newest page), oldest first.
	 */
	default CompletableFuture<MessagePage> history(BareJid with, String beforeArchiveId, int count) {
		return CompletableFuture.failedFuture(new UnsupportedOperationException("This account keeps no archive."));
	}
}
