package dev.tact.xmpp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.tact.xmpp.internal.connection.ReconnectBackoff;

/** Reconnection waits grow exponentially up to a cap, spread by jitter. */
class ReconnectBackoffTest {

	@Test
	void delaysDoubleUpToTheCapWithoutJitter() {
		ReconnectBackoff backoff = new ReconnectBackoff(Duration.ofMillis(500), Duration.ofSeconds(4), 0.3, () -> 0.5);
		assertEquals(Duration.ofMillis(500), backoff.delay(0));
		assertEquals(Duration.ofSeconds(1), backoff.delay(1));
		assertEquals(Duration.ofSeconds(2), backoff.delay(2));
		assertEquals(Duration.ofSeconds(4), backoff.delay(3));
		assertEquals(Duration.ofSeconds(4), backoff.delay(50));
	}

	@Test
	void jitterSpreadsEachDelayWithinItsBounds() {
		ReconnectBackoff low = new ReconnectBackoff(Duration.ofSeconds(1), Duration.ofMinutes(1), 0.3, () -> 0.0);
		ReconnectBackoff high = new ReconnectBackoff(Duration.ofSeconds(1), Duration.ofMinutes(1), 0.3, () -> 0.999_999);
		assertEquals(Duration.ofMillis(700), low.delay(0));
		assertTrue(high.delay(0).toMillis() >= 1299 && high.delay(0).toMillis() <= 1300, high.delay(0).toString());
		assertEquals(Duration.ofMillis(1400), low.delay(1));
	}
}
