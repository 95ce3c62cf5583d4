package dev.tact.core.automation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.tact.core.port.MicrophoneUse;
import dev.tact.core.presence.Presence;
import dev.tact.core.presence.PresenceArbiter;
import dev.tact.core.presence.PresenceState;
import dev.tact.core.presence.ResetAfter;
import dev.tact.core.testing.ManualScheduler;
import dev.tact.core.testing.MutableClock;

class CallPresenceTest {

	private final MutableClock clock = MutableClock.atMondayMorning();
	private final ManualScheduler scheduler = new ManualScheduler(clock);
	private final PresenceArbiter arbiter = new PresenceArbiter(clock);
	private final CallPresence call = new CallPresence(arbiter, scheduler, Duration.ofSeconds(5));

	@Test
	void theMicrophoneInUseMakesInACallAndItsReleaseAvailableAfterTheGracePeriod() {
		call.microphone(MicrophoneUse.by("Zoom"));
		assertEquals(Presence.of(PresenceState.IN_A_CALL), arbiter.effective());

		call.microphone(MicrophoneUse.FREE);
		scheduler.advance(Duration.ofSeconds(4));
		assertEquals(PresenceState.IN_A_CALL, arbiter.effective().state(), "still within the grace period");
		scheduler.advance(Duration.ofSeconds(2));
		assertEquals(PresenceState.AVAILABLE, arbiter.effective().state());
	}

	@Test
	void aDroppedAndRejoinedCallDoesNotFlap() {
		call.microphone(MicrophoneUse.by("Zoom"));
		call.microphone(MicrophoneUse.FREE);
		scheduler.advance(Duration.ofSeconds(3));
		call.microphone(MicrophoneUse.by("Zoom"));
		scheduler.advance(Duration.ofMinutes(1));

		assertEquals(PresenceState.IN_A_CALL, arbiter.effective().state());
	}

	@Test
	void theApplicationIsNamedOnlyWhenTheUserAllowsIt() {
		call.microphone(MicrophoneUse.by("Zoom"));
		assertEquals("", arbiter.effective().note());

		call.setRevealApplication(true);
		assertEquals("Zoom", arbiter.effective().note());
		call.setRevealApplication(false);
		assertEquals("", arbiter.effective().note());
	}

	@Test
	void turnedOffAMicrophoneIsNoCallAndTurningItOffEndsOneAtOnce() {
		call.microphone(MicrophoneUse.by("Zoom"));
		call.setEnabled(false);
		assertFalse(call.isClaiming());

		call.microphone(MicrophoneUse.by("Teams"));
		assertEquals(PresenceState.AVAILABLE, arbiter.effective().state());
		call.setEnabled(true);
		assertTrue(call.isClaiming(), "the call still going on counts once turned back on");
	}

	@Test
	void aStateSetByHandWinsAndTheCallShowsAgainWhenItExpires() {
		arbiter.claimManually(Presence.of(PresenceState.OFF_WORK), ResetAfter.ONE_HOUR);
		call.microphone(MicrophoneUse.by("Zoom"));
		assertEquals(PresenceState.OFF_WORK, arbiter.effective().state());

		clock.advance(Duration.ofMinutes(61));
		assertEquals(PresenceState.IN_A_CALL, arbiter.effective().state());
	}
}
