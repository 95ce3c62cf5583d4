package dev.tact.core.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tact.core.testing.MutableClock;

class PresenceSummaryHeldOffTest {

	private final MutableClock clock = MutableClock.atMondayMorning();
	private final PresenceArbiter arbiter = new PresenceArbiter(clock);

	@Test
	void aManualStateOverADebugSessionSaysItHoldsTheDebuggerOffAndForHowLong() {
		arbiter.claim(Claim.untilReleased(ClaimSource.DEBUGGER, Presence.of(PresenceState.DEBUGGING)));
		arbiter.choose(PresenceState.BUSY, ResetAfter.ONE_HOUR);
		clock.advanceMinutes(1);

		PresenceSummary summary = PresenceSummary.of(arbiter, clock, ZoneOffset.UTC);

		assertFalse(summary.automatic());
		assertEquals("resets in 59 min", summary.countdown());
		assertEquals(List.of(ClaimSource.DEBUGGER), summary.heldOff().stream().map(Claim::source).toList());
	}
}
