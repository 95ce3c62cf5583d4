package dev.tact.core.chat;

import java.time.Instant;
import java.util.Objects;

/**
 * One message of a conversation as the UI shows it. Immutable: delivery progress and corrections produce a new
 * value with the same {@link #id()}.
 *
 * @param id the stable origin id, the key for de-duplication
 * @param stanzaId the id the server's archive gave the message (XEP-0359 {@code stanza-id}), or null if not known
 * @param author who wrote it
 * @param direction whether we wrote it
 * @param body the text, never null, at most {@link BodyLimit#KEPT_CHARACTERS}; after a correction, the corrected text
 * @param timestamp the server or archive time ({@code delay}), else the time it arrived; the ordering key
 * @param delivery for outgoing messages, how far it has got; incoming messages are {@link DeliveryState#DELIVERED}
 * @param edited whether the body was replaced by a correction (XEP-0308)
 */
public record ChatMessage(MessageId id, String stanzaId, Author author, Direction direction, String body,
		Instant timestamp, DeliveryState delivery, boolean edited) {

	public ChatMessage {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(author, "author");
		Objects.requireNonNull(direction, "direction");
		Objects.requireNonNull(timestamp, "timestamp");
		body = body == null ? "" : BodyLimit.kept(body);
		stanzaId = stanzaId == null || stanzaId.isBlank() ? null : stanzaId;
		delivery = delivery == null ? initialDelivery(direction) : delivery;
	}

	/** A message someone else wrote, as it arrived. */
	public static ChatMessage incoming(MessageId id, Author author, String body, Instant timestamp) {
		return new ChatMessage(id, null, author, Direction.INCOMING, body, timestamp, DeliveryState.DELIVERED, false);
	}

	/** A message we just wrote, not yet accepted by the server. */
	public static ChatMessage outgoing(MessageId id, Author me, String body, Instant timestamp) {
		return new ChatMessage(id, null, me, Direction.OUTGOING, body, timestamp, DeliveryState.PENDING, false);
	}

	public boolean isOutgoing() {
		return direction == Direction.OUTGOING;
	}

	public ChatMessage withStanzaId(String newStanzaId) {
		return new ChatMessage(id, newStanzaId, author, direction, body, timestamp, delivery, edited);
	}

	/** This message with its delivery state moved forward to {@code next}, never back. */
	public ChatMessage advancedTo(DeliveryState next) {
		return new ChatMessage(id, stanzaId, author, direction, body, timestamp, delivery.advanceTo(next), edited);
	}

	/** This message with its body replaced by a correction, marked as edited. */
	public ChatMessage corrected(String newBody) {
		return new ChatMessage(id, stanzaId, author, direction, newBody, timestamp, delivery, true);
	}

	private static DeliveryState initialDelivery(Direction direction) {
		return direction == Direction.OUTGOING ? DeliveryState.PENDING : DeliveryState.DELIVERED;
	}
}
