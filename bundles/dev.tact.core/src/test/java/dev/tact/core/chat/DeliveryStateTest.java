package dev.tact.core.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DeliveryStateTest {

	@Test
	void neverMovesBackward() {
		assertEquals(DeliveryState.DELIVERED, DeliveryState.PENDING.advanceTo(DeliveryState.DELIVERED));
		assertEquals(DeliveryState.READ, DeliveryState.READ.advanceTo(DeliveryState.SENT));
		assertEquals(DeliveryState.SENT, DeliveryState.SENT.advanceTo(null));
	}
}
