package dev.tact.core.automation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.tact.core.presence.Presence;
import dev.tact.core.presence.PresenceArbiter;
import dev.tact.core.presence.PresenceState;
import dev.tact.core.presence.ResetAfter;
import dev.tact.core.testing.ManualScheduler;
import dev.tact.core.testing.MutableClock;

class DebugPresenceTest {

	private final MutableClock clock = MutableClock.atMondayMorning();
	private final ManualScheduler scheduler = new ManualScheduler(clock);
	private final PresenceArbiter arbiter = new PresenceArbiter(clock);
	private final DebugPresence debug = new DebugPresence(arbiter, scheduler, Duration.ofSeconds(20));

	@Test
	void debugLaunchMakesBusyDebuggingAndEndingReturnsAvailableAfterTheGracePeriod() {
		debug.sessionStarted("app");
		assertEquals(PresenceState.DEBUGGING, arbiter.effective().state());

		debug.sessionEnded("app");
		scheduler.advance(Duration.ofSeconds(19));
		assertEquals(PresenceState.DEBUGGING, arbiter.effective().state(), "still within the grace period");

		scheduler.advance(Duration.ofSeconds(2));
		assertEquals(PresenceState.AVAILABLE, arbiter.effective().state());
	}

	@Test
	void quickRelaunchDoesNotFlap() {
		debug.sessionStarted("run-1");
		debug.sessionEnded("run-1");
		scheduler.advance(Duration.ofSeconds(5));
		debug.sessionStarted("run-2");
		scheduler.advance(Duration.ofMinutes(1));

		assertEquals(PresenceState.DEBUGGING, arbiter.effective().state());
	}

	@Test
	void severalSessionsCountAsOne() {
		debug.sessionStarted("server");
		debug.sessionStarted("client");
		debug.sessionEnded("server");
		scheduler.advance(Duration.ofMinutes(1));

		assertTrue(debug.isClaiming());
		debug.sessionEnded("client");
		scheduler.advance(Duration.ofMinutes(1));
		assertFalse(debug.isClaiming());
	}

	@Test
	void suspendedOnlyCountsWhileStoppedAtABreakpoint() {
		debug.setSuspendedOnly(true);
		debug.sessionStarted("app");
		assertFalse(debug.isClaiming());

		debug.suspended("app");
		assertTrue(debug.isClaiming());

		debug.resumed("app");
		scheduler.advance(Duration.ofSeconds(21));
		assertFalse(debug.isClaiming());
	}

	@Test
	void manualStatusBeatsTheDebugger() {
		arbiter.claimManually(Presence.of(PresenceState.AVAILABLE), ResetAfter.NEVER);
		debug.sessionStarted("app");

		assertEquals(PresenceState.AVAILABLE, arbiter.effective().state());
	}
}
