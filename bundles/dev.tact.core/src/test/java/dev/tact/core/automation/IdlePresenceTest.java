package dev.tact.core.automation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.tact.core.presence.Claim;
import dev.tact.core.presence.ClaimSource;
import dev.tact.core.presence.Presence;
import dev.tact.core.presence.PresenceArbiter;
import dev.tact.core.presence.PresenceState;
import dev.tact.core.testing.MutableClock;

class IdlePresenceTest {

	private final MutableClock clock = MutableClock.atMondayMorning();
	private final PresenceArbiter arbiter = new PresenceArbiter(clock);
	private final IdlePresence idle = new IdlePresence(arbiter, clock, Duration.ofMinutes(10));

	@Test
	void tenMinutesWithoutInputIsAwaySinceTheLastInputAndInputBringsOneBack() {
		Instant lastInput = clock.instant();
		clock.advanceMinutes(10);
		idle.check();

		assertEquals(PresenceState.AWAY, arbiter.effective().state());
		assertEquals(lastInput, arbiter.effective().idleSince());

		idle.input();
		assertEquals(PresenceState.AVAILABLE, arbiter.effective().state());
	}

	@Test
	void notIdleBeforeTheThreshold() {
		clock.advanceMinutes(9);
		idle.check();

		assertFalse(arbiter.claimOf(ClaimSource.IDLE).isPresent());
	}

	@Test
	void idleNeverOverridesBusy() {
		arbiter.claim(Claim.untilReleased(ClaimSource.CALL, Presence.of(PresenceState.IN_A_CALL)));
		clock.advanceMinutes(30);
		idle.check();

		assertTrue(arbiter.claimOf(ClaimSource.IDLE).isPresent());
		assertEquals(PresenceState.IN_A_CALL, arbiter.effective().state());
	}
}
