package dev.tact.core.client;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.DeliveryState;
import dev.tact.core.chat.Outbox;
import dev.tact.core.chat.OutboxStorage;
import dev.tact.core.chat.OutgoingMessage;
import dev.tact.core.port.AccountPorts;
import dev.tact.core.port.StreamLostException;

/**
 * Tact's one sending pipeline: every message the user writes, to a contact or to a room, is stored in the
 * {@link Outbox} and goes out from here through the attached account's ports.
 * <p>
 * A message is handed to its port once. It leaves the outbox when the port's send completes (the server's
 * acknowledgement) and is handed out again, with the same id, only when the port failed it (the stream it went on is
 * gone for good, or it could not go at all) or the account it went to was signed out. A send still in progress is
 * never repeated, so a resumed stream, on which the XMPP layer itself resends what the server has not acknowledged,
 * carries each message once. A room message waits until we are in the room again. A message belongs to the account
 * that wrote it: after switching accounts it waits, unseen, until that account signs in again, and never goes out
 * from another.
 */
final class OutboxDelivery {

	private final Outbox outbox;
	private final Conversations conversations;
	private final Predicate<BareJid> inRoomNow;
	/** Counts attachments, so that a late failure from an account signed out since does not hand anything back. */
	private final AtomicLong attachment = new AtomicLong();
	private volatile AccountPorts ports;
	/** The account signed in, or signed in last: it writes what is enqueued, and only its messages go out. */
	private volatile BareJid account;

	OutboxDelivery(OutboxStorage storage, Conversations conversations, Predicate<BareJid> inRoomNow) {
		this.outbox = new Outbox(Objects.requireNonNull(storage, "storage"));
		this.conversations = Objects.requireNonNull(conversations, "conversations");
		this.inRoomNow = Objects.requireNonNull(inRoomNow, "inRoomNow");
		outbox.start();
	}

	/**
	 * Sends {@code owner}'s messages through {@code next} from now on; what was in flight elsewhere goes again.
	 */
	void attach(BareJid owner, AccountPorts next) {
		attachment.incrementAndGet();
		account = Objects.requireNonNull(owner, "owner");
		ports = Objects.requireNonNull(next, "next");
		outbox.connectionLost();
	}

	/** Signed out: nothing goes out until the next {@link #attach}; what was in flight goes again then. */
	void detach() {
		attachment.incrementAndGet();
		ports = null;
		outbox.connectionLost();
	}

	/** Stores {@code message}, as written by the current account, and sends it if it can go now. */
	OutgoingMessage enqueue(OutgoingMessage message) {
		OutgoingMessage owned = owned(message);
		outbox.enqueue(owned);
		flush();
		return owned;
	}

	/** Stores {@code message} to wait until its recipient is available; nothing is sent. */
	OutgoingMessage hold(OutgoingMessage message) {
		OutgoingMessage owned = owned(message);
		outbox.enqueue(owned);
		return owned;
	}

	private OutgoingMessage owned(OutgoingMessage message) {
		BareJid writer = account;
		return message.from() == null && writer != null ? message.writtenBy(writer) : message;
	}

	/** The current account's messages waiting in the outbox. */
	List<OutgoingMessage> pending() {
		return mine(outbox.pending());
	}

	List<OutgoingMessage> heldFor(BareJid recipient) {
		return mine(outbox.heldFor(recipient));
	}

	private List<OutgoingMessage> mine(List<OutgoingMessage> messages) {
		BareJid current = account;
		return messages.stream().filter(message -> message.goesFrom(current)).toList();
	}

	/** A held message goes out now. Returns false if it was not held. */
	boolean release(OutgoingMessage held) {
		if (!outbox.release(held.id())) {
			return false;
		}
		conversations.changed(held.to());
		flush();
		return true;
	}

	/** Every message held for {@code contact} goes out (they became available). */
	void releaseAllFor(BareJid contact) {
		List<OutgoingMessage> held = heldFor(contact);
		held.forEach(message -> outbox.release(message.id()));
		if (!held.isEmpty()) {
			conversations.changed(contact);
			flush();
		}
	}

	/** A held message is dropped unsent. Returns false if it was not held. */
	boolean cancel(OutgoingMessage held) {
		return outbox.cancel(held.id());
	}

	/** Hands every message that can go now to its port: on connecting, on entering a room, after writing one. */
	void flush() {
		AccountPorts current = ports;
		if (current == null || !current.connection().status().isConnected()) {
			return;
		}
		long sentIn = attachment.get();
		for (OutgoingMessage message : outbox.takeReadyToSend(this::canGoNow)) {
			sendThrough(current, message).whenComplete((ok, error) -> settled(message, error, sentIn));
		}
	}

	private boolean canGoNow(OutgoingMessage message) {
		return message.goesFrom(account) && (!message.groupChat() || inRoomNow.test(message.to()));
	}

	private static CompletableFuture<Void> sendThrough(AccountPorts account, OutgoingMessage message) {
		try {
			return message.groupChat() ? account.groupChat().send(message) : account.chat().send(message);
		} catch (RuntimeException e) {
			return CompletableFuture.failedFuture(e);
		}
	}

	/**
	 * A send ended. Failed, the message is handed back for the next flush rather than retried at once: the failure
	 * most often means the link is down, and the next connection flushes anyway. A message that was the likeliest
	 * cause of two ended streams is not handed back but shown as not delivered.
	 */
	private void settled(OutgoingMessage message, Throwable error, long sentIn) {
		if (error == null) {
			if (outbox.acknowledge(message.id())) {
				delivery(message, DeliveryState.SENT);
			}
		} else if (sentIn == attachment.get()) {
			if (unwrapped(error) instanceof StreamLostException lost) {
				if (lost.oldestUnconfirmed() && outbox.streamEndedWith(message.id())) {
					delivery(message, DeliveryState.NOT_DELIVERED);
					return;
				}
				outbox.handBack(message.id());
				// The stream it went on is gone, and this is heard when the next one is up: the flush of that
				// connection may have come first and passed the message by, so it goes on this stream now.
				flush();
			} else {
				outbox.handBack(message.id());
			}
		}
	}

	private static Throwable unwrapped(Throwable error) {
		return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
	}

	private void delivery(OutgoingMessage message, DeliveryState state) {
		conversations.with(message.to()).updateDelivery(message.id(), state);
		conversations.changed(message.to());
	}
}
