package dev.tact.core.chat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SequencedSet;
import java.util.function.Predicate;

import dev.tact.core.address.BareJid;


/**
 * Messages written but not yet acknowledged by the server, kept in {@link OutboxStorage} so that they survive a
 * restart, and handed to the XMPP layer in the order they were written.
 * <p>
 * Exactly once: a message is stored before it is sent and removed when the server acknowledges it; each id is
 * handed out once, and again with the same id only after {@link #handBack} (its send failed) or
 * {@link #connectionLost()} (the account it went to is gone), so the peer and the archive recognise a resend as the
 * same message. An id that was already acknowledged is never taken again.
 * Thread-safe.
 */
public final class Outbox {

	private static final int REMEMBERED_ACKNOWLEDGED = 4096;
	/** How many ended streams a message may be the likeliest cause of before it is given up. */
	static final int GIVE_UP_AFTER_STREAMS = 2;

	private final OutboxStorage storage;
	private final Map<MessageId, OutgoingMessage> pending = new LinkedHashMap<>();
	private final SequencedSet<MessageId> handedOut = new LinkedHashSet<>();
	private final SequencedSet<MessageId> acknowledged = new LinkedHashSet<>();
	/** How many streams ended with each message as the oldest one the server had not confirmed. */
	private final Map<MessageId, Integer> streamsEnded = new LinkedHashMap<>();

	public Outbox(OutboxStorage storage) {
		this.storage = Objects.requireNonNull(storage, "storage");
	}

	/** Reloads what was stored before a restart, in its original order. Returns how many messages are pending. */
	public synchronized int start() {
		Map<MessageId, OutgoingMessage> reloaded = new LinkedHashMap<>();
		for (OutgoingMessage message : storage.loadAll()) {
			if (message != null && !acknowledged.contains(message.id())) {
				reloaded.putIfAbsent(message.id(), message);
			}
		}
		pending.forEach(reloaded::putIfAbsent);
		pending.clear();
		pending.putAll(reloaded);
		return pending.size();
	}

	/**
	 * Stores {@code message} and queues it for sending. Returns false, and stores nothing, if a message with the same
	 * id is already pending or was already acknowledged.
	 */
	public synchronized boolean enqueue(OutgoingMessage message) {
		Objects.requireNonNull(message, "message");
		if (pending.containsKey(message.id()) || acknowledged.contains(message.id())) {
			return false;
		}
		storage.store(message);
		pending.put(message.id(), message);
		return true;
	}

	/**
	 * The pending messages not yet handed out on this connection, oldest first, leaving out those held until their
	 * recipient is available; they are now handed out.
	 */
	public List<OutgoingMessage> takeReadyToSend() {
		return takeReadyToSend(message -> true);
	}

	/** As {@link #takeReadyToSend()}, leaving out, still ready, the messages {@code canGoNow} says must wait. */
	public synchronized List<OutgoingMessage> takeReadyToSend(Predicate<OutgoingMessage> canGoNow) {
		List<OutgoingMessage> ready = new ArrayList<>();
		for (OutgoingMessage message : pending.values()) {
			if (!message.heldForAvailability() && !handedOut.contains(message.id()) && canGoNow.test(message)
					&& handedOut.add(message.id())) {
				ready.add(message);
			}
		}
		return ready;
	}

	/** The server acknowledged {@code id}: it is removed from storage. Returns false if it was not pending. */
	public synchronized boolean acknowledge(MessageId id) {
		if (pending.remove(id) == null) {
			return false;
		}
		handedOut.remove(id);
		streamsEnded.remove(id);
		acknowledged.add(id);
		if (acknowledged.size() > REMEMBERED_ACKNOWLEDGED) {
			acknowledged.removeFirst();
		}
		storage.remove(id);
		return true;
	}

	/** Everything handed out and not acknowledged will be handed out again (the account it went to is gone). */
	public synchronized void connectionLost() {
		handedOut.clear();
	}

	/** Sending {@code id} failed: it will be handed out again by the next take. */
	public synchronized void handBack(MessageId id) {
		handedOut.remove(id);
	}

	/**
	 * A stream ended with {@code id} as the oldest message the server had not confirmed: the likeliest cause. The
	 * second time, the message is taken out of the outbox for good (a message that ends every stream it goes on
	 * would otherwise go again after every reconnect, with everything written later queued behind it). Returns true
	 * if it was taken out; otherwise it is handed back, as by {@link #handBack}.
	 */
	public synchronized boolean streamEndedWith(MessageId id) {
		if (!pending.containsKey(id)) {
			return false;
		}
		handedOut.remove(id);
		if (streamsEnded.merge(id, 1, Integer::sum) < GIVE_UP_AFTER_STREAMS) {
			return false;
		}
		streamsEnded.remove(id);
		pending.remove(id);
		storage.remove(id);
		return true;
	}

	/** The messages held until {@code recipient} is available, oldest first. */
	public synchronized List<OutgoingMessage> heldFor(BareJid recipient) {
		return pending.values().stream().filter(m -> m.heldForAvailability() && m.to().equals(recipient)).toList();
	}

	/**
	 * Lets the held message {@code id} go out with the next flush (the recipient became available, or the user chose
	 * "Send now"), stored as released so a restart does not hold it again. Returns false if it was not held.
	 */
	public synchronized boolean release(MessageId id) {
		OutgoingMessage message = pending.get(id);
		if (message == null || !message.heldForAvailability()) {
			return false;
		}
		OutgoingMessage released = message.released();
		storage.store(released);
		pending.put(id, released);
		return true;
	}

	/** Drops the held message {@code id} unsent ("Cancel"). Returns false if it was not held. */
	public synchronized boolean cancel(MessageId id) {
		OutgoingMessage message = pending.get(id);
		if (message == null || !message.heldForAvailability()) {
			return false;
		}
		pending.remove(id);
		storage.remove(id);
		return true;
	}

	/** Everything not yet acknowledged, oldest first. */
	public synchronized List<OutgoingMessage> pending() {
		return List.copyOf(pending.values());
	}

}
