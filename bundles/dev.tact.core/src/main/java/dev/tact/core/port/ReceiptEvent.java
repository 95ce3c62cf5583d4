package dev.tact.core.port;

import java.util.Objects;

import dev.tact.core.address.ChatAddress;
import dev.tact.core.chat.DeliveryState;
import dev.tact.core.chat.MessageId;

/**
 * News of how far one of our messages got: {@link DeliveryState#SENT} from a stream-management ack,
 * {@link DeliveryState#DELIVERED} from a receipt (XEP-0184), {@link DeliveryState#READ} from a displayed marker
 * (XEP-0333).
 */
public record ReceiptEvent(ChatAddress conversation, MessageId id, DeliveryState state) {

	public ReceiptEvent {
		Objects.requireNonNull(conversation, "conversation");
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(state, "state");
	}
}
