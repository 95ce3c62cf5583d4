package dev.tact.core.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.tact.core.testing.MutableClock;

class PresenceSummaryTest {

	private final MutableClock clock = MutableClock.atMondayMorning();
	private final PresenceArbiter arbiter = new PresenceArbiter(clock);
	private final ZoneId zone = ZoneId.of("UTC");

	@Test
	void debuggerClaimIsShownAsAutomaticWithItsReason() {
		arbiter.claim(Claim.untilReleased(ClaimSource.DEBUGGER, Presence.of(PresenceState.DEBUGGING)));

		PresenceSummary summary = PresenceSummary.of(arbiter, clock, zone);

		assertTrue(summary.automatic());
		assertEquals(Optional.of(ClaimSource.DEBUGGER), summary.source());
		assertEquals("Busy \u2013 Debugging", summary.label());
		assertEquals("", summary.countdown());
	}

	@Test
	void manualBusyForAnHourCountsDownToItsReset() {
		arbiter.claimManually(Presence.of(PresenceState.BUSY), ResetAfter.ONE_HOUR);
		clock.advance(Duration.ofMinutes(2));

		PresenceSummary summary = PresenceSummary.of(arbiter, clock, zone);

		assertFalse(summary.automatic());
		assertEquals("resets in 58 min", summary.countdown());
	}

	@Test
	void nothingClaimedIsAvailableAndAutomatic() {
		PresenceSummary summary = PresenceSummary.of(arbiter, clock, zone);

		assertEquals(PresenceState.AVAILABLE, summary.presence().state());
		assertTrue(summary.automatic());
		assertEquals(Optional.empty(), summary.source());
	}

	@Test
	void everyAutomaticSourceInForceIsListedWhetherItShowsOrNot() {
		arbiter.claim(Claim.untilReleased(ClaimSource.DEBUGGER, Presence.of(PresenceState.DEBUGGING)));
		arbiter.claim(Claim.untilReleased(ClaimSource.CALL, Presence.of(PresenceState.IN_A_CALL)));
		arbiter.claimManually(Presence.of(PresenceState.OFF_WORK), ResetAfter.NEVER);

		PresenceSummary summary = PresenceSummary.of(arbiter, clock, zone);
		assertEquals(List.of(ClaimSource.CALL, ClaimSource.DEBUGGER),
				summary.automation().stream().map(Claim::source).toList());
	}

	@Test
	void durationsReadNaturally() {
		assertEquals("45 s", PresenceSummary.humanize(Duration.ofSeconds(45)));
		assertEquals("23 min", PresenceSummary.humanize(Duration.ofMinutes(22).plusSeconds(10)));
		assertEquals("1 h 05 min", PresenceSummary.humanize(Duration.ofMinutes(65)));
	}
}
