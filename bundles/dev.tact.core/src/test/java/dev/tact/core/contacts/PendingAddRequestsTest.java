package dev.tact.core.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.tact.core.address.BareJid;

class PendingAddRequestsTest {

	private static final BareJid SAM = BareJid.parse("sam@example.org");
	private static final Instant T0 = Instant.parse("2025-03-10T09:00:00Z");

	@Test
	void repeatedRequestFromTheSamePersonIsListedOnceUntilAnswered() {
		PendingAddRequests requests = new PendingAddRequests();
		assertTrue(requests.received(new SubscriptionRequest(SAM, "Sam", T0)));
		assertFalse(requests.received(new SubscriptionRequest(SAM, "Sam", T0.plusSeconds(60))));
		assertEquals(1, requests.pending().size());
		requests.resolved(SAM);
		assertTrue(requests.isEmpty());
	}
}
