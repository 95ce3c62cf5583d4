package dev.tact.core.alert;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.tact.core.testing.MutableClock;

class ChimeGateTest {

	private final MutableClock clock = MutableClock.atMondayMorning();
	private final ChimeGate gate = new ChimeGate(clock);

	@Test
	void aBurstMakesOneChimeAndTheNextComesAfterTheGap() {
		assertTrue(gate.tryChime());
		for (int i = 0; i < 100; i++) {
			assertFalse(gate.tryChime(), "message " + i + " of the burst");
		}
		clock.advance(ChimeGate.GAP.minus(Duration.ofMillis(1)));
		assertFalse(gate.tryChime());
		clock.advance(Duration.ofMillis(1));
		assertTrue(gate.tryChime());
	}
}
