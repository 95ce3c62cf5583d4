package dev.tact.core.chat;

/**
 * How far an outgoing message has got. States only move forward: a late "sent" after a "read" receipt changes
 * nothing. {@link #NOT_DELIVERED} ends a message that never left the outbox; only evidence that it arrived after all
 * (a receipt) moves it on.
 */
public enum DeliveryState {
	/** Written and stored in the outbox, not yet accepted by the server. */
	PENDING,
	/** Accepted by our server (stream-management ack). */
	SENT,
	/** The peer's client received it (XEP-0184 receipt). */
	DELIVERED,
	/** The peer displayed it (XEP-0333 displayed marker). */
	READ,
	/** Tact gave up: the server closed the connection each time the message went out, so it left the outbox unsent. */
	NOT_DELIVERED;

	/** The later of this state and {@code next}. */
	public DeliveryState advanceTo(DeliveryState next) {
		if (next == null || next == this) {
			return this;
		}
		if (next == NOT_DELIVERED) {
			return this == PENDING ? NOT_DELIVERED : this;
		}
		if (this == NOT_DELIVERED) {
			return next;
		}
		return next.ordinal() > ordinal() ? next : this;
	}
}
