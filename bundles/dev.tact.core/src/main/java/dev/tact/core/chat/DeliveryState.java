package dev.tact.core.chat;

/**
 * How far an outgoing message has got. States only move forward: a late "sent" after a "read" receipt changes
 * nothing.
 */
public enum DeliveryState {
	/** Written and stored in the outbox, not yet accepted by the server. */
	PENDING,
	/** Accepted by our server (stream-management ack). */
	SENT,
	/** The peer's client received it (XEP-0184 receipt). */
	DELIVERED,
	/** The peer displayed it (XEP-0333 displayed marker). */
	READ;

	/** The later of this state and {@code next}. */
	public DeliveryState advanceTo(DeliveryState next) {
		if (next == null) {
			return this;
		}
		return next.ordinal() > ordinal() ? next : this;
	}
}
