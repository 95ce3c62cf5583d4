package dev.tact.core.automation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.tact.core.port.DesktopIdlePort;
import dev.tact.core.presence.Claim;
import dev.tact.core.presence.ClaimSource;
import dev.tact.core.presence.Presence;
import dev.tact.core.presence.PresenceArbiter;
import dev.tact.core.presence.PresenceState;
import dev.tact.core.testing.MutableClock;

class IdlePresenceTest {

	private final MutableClock clock = MutableClock.atMondayMorning();
	private final PresenceArbiter arbiter = new PresenceArbiter(clock);
	private final IdlePresence idle = new IdlePresence(arbiter, clock, Duration.ofMinutes(10), DesktopIdlePort.NONE);

	/** A desktop whose idle time and lock the test sets. */
	private static final class FakeDesktop implements DesktopIdlePort {
		Duration idle = Duration.ZERO;
		boolean locked;

		@Override
		public Optional<Duration> idleTime() {
			return Optional.of(idle);
		}

		@Override
		public boolean isLocked() {
			return locked;
		}

		@Override
		public String describe() {
			return "a test desktop";
		}
	}

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
	void theDesktopsIdleTimeCountsNotTheIdesSoABrowserSessionIsNotAway() {
		FakeDesktop desktop = new FakeDesktop();
		IdlePresence desktopIdle = new IdlePresence(arbiter, clock, Duration.ofMinutes(10), desktop);
		clock.advanceMinutes(30); // no input in the IDE for half an hour, but the person types in a browser
		desktop.idle = Duration.ofSeconds(5);
		desktopIdle.check();
		assertFalse(arbiter.claimOf(ClaimSource.IDLE).isPresent());

		desktop.idle = Duration.ofMinutes(12);
		desktopIdle.check();
		assertEquals(PresenceState.AWAY, arbiter.effective().state());
		assertEquals(clock.instant().minus(Duration.ofMinutes(12)), arbiter.effective().idleSince());

		desktop.idle = Duration.ofSeconds(1); // input in another window
		desktopIdle.check();
		assertEquals(PresenceState.AVAILABLE, arbiter.effective().state());
	}

	@Test
	void aLockedScreenIsAwayAtOnce() {
		FakeDesktop desktop = new FakeDesktop();
		IdlePresence desktopIdle = new IdlePresence(arbiter, clock, Duration.ofMinutes(10), desktop);
		desktop.locked = true;
		desktopIdle.check();
		assertEquals(PresenceState.AWAY, arbiter.effective().state());
		desktop.locked = false;
		desktopIdle.check();
		assertEquals(PresenceState.AVAILABLE, arbiter.effective().state());
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
