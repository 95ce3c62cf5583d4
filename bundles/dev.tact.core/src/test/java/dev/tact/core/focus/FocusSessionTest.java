package dev.tact.core.focus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.address.BareJid;
import dev.tact.core.alert.AlertEvent;
import dev.tact.core.alert.EventKind;
import dev.tact.core.presence.Claim;
import dev.tact.core.presence.ClaimSource;
import dev.tact.core.presence.Presence;
import dev.tact.core.presence.PresenceArbiter;
import dev.tact.core.presence.PresenceState;
import dev.tact.core.presence.ResetAfter;
import dev.tact.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FocusSessionTest {

	private static final BareJid DANA = BareJid.parse("dana@example.org");

	private final MutableClock clock = MutableClock.atMondayMorning();
	private final PresenceArbiter arbiter = new PresenceArbiter(clock);
	private final FocusSession focus = new FocusSession(arbiter, clock);
	private final List<FocusDigest> heard = new ArrayList<>();

	FocusSessionTest() {
		focus.addListener(heard::add);
	}

	@Test
	void startingClaimsBusyFocusingUntilTheEnd() {
		focus.start(FocusLength.TWENTY_FIVE_MINUTES, FocusStyle.BUSY_FOCUSING);
		Instant end = clock.instant().plus(Duration.ofMinutes(25));
		assertEquals(new Presence(PresenceState.FOCUSING, "", end, null), arbiter.effective());
		assertEquals(Optional.of(end), focus.endsAt());
		assertEquals(Optional.of(end), arbiter.nextExpiry());
	}

	@Test
	void theDoNotDisturbPreferenceClaimsDoNotDisturb() {
		focus.start(FocusLength.FIFTY_MINUTES, FocusStyle.DO_NOT_DISTURB);
		assertEquals(PresenceState.DO_NOT_DISTURB, arbiter.effective().state());
	}

	@Test
	void timeUpRestoresThePreviousStatusAndHandsBackTheDigest() {
		arbiter.claim(Claim.untilReleased(ClaimSource.DEBUGGER, Presence.of(PresenceState.DEBUGGING)));
		focus.start(FocusLength.NINETY_MINUTES, FocusStyle.DO_NOT_DISTURB);
		focus.record(message("Got a moment?", false));
		clock.advanceMinutes(90);

		Optional<FocusDigest> digest = focus.refresh();

		assertTrue(digest.isPresent());
		assertEquals(1, digest.get().totalCount());
		assertEquals(clock.instant(), digest.get().endedAt());
		assertEquals(PresenceState.DEBUGGING, arbiter.effective().state());
		assertEquals(List.of(digest.get()), heard);
		assertFalse(focus.isRunning());
	}

	@Test
	void stoppingEarlyEndsTheSessionAndReleasesTheClaim() {
		focus.start(FocusLength.UNTIL_STOPPED, FocusStyle.BUSY_FOCUSING);
		clock.advanceMinutes(200);
		assertTrue(focus.isRunning());
		Optional<FocusDigest> digest = focus.stop();
		assertTrue(digest.isPresent());
		assertEquals(Presence.available(), arbiter.effective());
		assertEquals(Optional.empty(), focus.stop());
		assertEquals(1, heard.size());
	}

	@Test
	void aSessionUntilStoppedShowsNoEnd() {
		focus.start(FocusLength.UNTIL_STOPPED, FocusStyle.BUSY_FOCUSING);
		assertEquals(Presence.of(PresenceState.FOCUSING), arbiter.effective());
		assertEquals(Optional.empty(), focus.endsAt());
		assertFalse(focus.extend(Duration.ofMinutes(10)));
	}

	@Test
	void extendingMovesTheEndAndTheShownUntil() {
		focus.start(FocusLength.TWENTY_FIVE_MINUTES, FocusStyle.BUSY_FOCUSING);
		assertTrue(focus.extend(Duration.ofMinutes(15)));
		Instant end = clock.instant().plus(Duration.ofMinutes(40));
		assertEquals(end, arbiter.effective().until());
		clock.advanceMinutes(39);
		assertTrue(focus.isRunning());
		clock.advanceMinutes(1);
		assertFalse(focus.isRunning());
		assertEquals(Presence.available(), arbiter.effective());
	}

	@Test
	void startingAgainWhileRunningRetimesWithoutLosingWhatWasCollected() {
		focus.start(FocusLength.TWENTY_FIVE_MINUTES, FocusStyle.BUSY_FOCUSING);
		focus.record(message("one", false));
		clock.advanceMinutes(20);
		focus.start(FocusLength.TWENTY_FIVE_MINUTES, FocusStyle.BUSY_FOCUSING);
		clock.advanceMinutes(20);
		assertTrue(focus.isRunning());
		assertEquals(1, focus.stop().orElseThrow().totalCount());
	}

	@Test
	void eventsAreCollectedOnlyWhileASessionRuns() {
		assertFalse(focus.record(message("before", false)));
		focus.start(FocusLength.TWENTY_FIVE_MINUTES, FocusStyle.BUSY_FOCUSING);
		assertTrue(focus.record(message("during", false)));
		clock.advanceMinutes(25);
		assertFalse(focus.record(message("after the end", false)));
		assertEquals(1, heard.get(0).totalCount());
	}

	@Test
	void aManualStatusChosenDuringFocusIsRespectedAndFocusEndsUnderneath() {
		focus.start(FocusLength.TWENTY_FIVE_MINUTES, FocusStyle.BUSY_FOCUSING);
		arbiter.claimManually(Presence.of(PresenceState.IN_A_CALL), ResetAfter.NEVER);
		clock.advanceMinutes(30);
		focus.refresh();
		assertEquals(PresenceState.IN_A_CALL, arbiter.effective().state());
		assertEquals(Optional.empty(), arbiter.claimOf(ClaimSource.FOCUS));
	}

	@Test
	void aSessionStartedOverAManualStateShowsAndTheManualStateReturnsAfterIt() {
		arbiter.claimManually(Presence.of(PresenceState.BE_RIGHT_BACK), ResetAfter.NEVER);
		focus.start(FocusLength.TWENTY_FIVE_MINUTES, FocusStyle.BUSY_FOCUSING);
		assertEquals(PresenceState.FOCUSING, arbiter.effective().state(), "starting focus is the user's later word");
		clock.advanceMinutes(25);
		focus.refresh();
		assertEquals(PresenceState.BE_RIGHT_BACK, arbiter.effective().state());
	}

	@Test
	void aManualStateThatExpiredDuringTheSessionDoesNotComeBack() {
		arbiter.claimManually(Presence.of(PresenceState.BUSY), ResetAfter.ONE_HOUR);
		clock.advanceMinutes(50);
		focus.start(FocusLength.TWENTY_FIVE_MINUTES, FocusStyle.BUSY_FOCUSING);
		clock.advanceMinutes(25);
		focus.refresh();
		assertEquals(PresenceState.AVAILABLE, arbiter.effective().state());
	}

	@Test
	void customLengthsMustBeSane() {
		assertThrows(IllegalArgumentException.class, () -> FocusLength.minutes(0));
		assertThrows(IllegalArgumentException.class, () -> FocusLength.of(Duration.ofHours(13)));
		assertEquals(Duration.ofMinutes(42), FocusLength.minutes(42).duration());
	}

	private AlertEvent message(String text, boolean urgent) {
		return new AlertEvent(EventKind.MESSAGE, DANA, text, urgent, clock.instant());
	}
}
