package dev.tact.core.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.tact.core.testing.MutableClock;

/** What the user's own choices mean to the arbiter: Available is "back to normal", a note never changes the state. */
class UserChoiceTest {

	private final MutableClock clock = MutableClock.atMondayMorning();
	private final PresenceArbiter arbiter = new PresenceArbiter(clock);
	private final Claim debugging = Claim.untilReleased(ClaimSource.DEBUGGER, Presence.of(PresenceState.DEBUGGING));
	private final Claim idle = Claim.untilReleased(ClaimSource.IDLE, Presence.of(PresenceState.AWAY));

	@Test
	void choosingAvailableWhileDebuggingSetsTheDebuggerAsideOnlyUntilItEnds() {
		arbiter.claim(debugging);
		arbiter.choose(PresenceState.AVAILABLE, ResetAfter.NEVER);
		assertEquals(PresenceState.AVAILABLE, arbiter.effective().state());
		assertEquals(Optional.empty(), arbiter.claimOf(ClaimSource.USER), "no manual claim is left behind");

		arbiter.release(ClaimSource.DEBUGGER);
		arbiter.claim(debugging); // the next debug session

		assertEquals(PresenceState.DEBUGGING, arbiter.effective().state(), "automation still works after Available");
	}

	@Test
	void automationThatStartsAfterAvailableCountsAtOnce() {
		arbiter.claim(debugging);
		arbiter.choose(PresenceState.AVAILABLE, ResetAfter.NEVER);
		arbiter.claim(idle);
		assertEquals(PresenceState.AWAY, arbiter.effective().state());
		assertEquals(List.of(debugging), arbiter.heldOff());
	}

	@Test
	void aSetAsideClaimCountsAgainWhenItsSourceClaimsSomethingElse() {
		Claim call = Claim.untilReleased(ClaimSource.CALL, Presence.of(PresenceState.IN_A_CALL));
		arbiter.claim(call);
		arbiter.choose(PresenceState.AVAILABLE, ResetAfter.NEVER);
		arbiter.claim(call);
		assertEquals(PresenceState.AVAILABLE, arbiter.effective().state(), "the same claim again stays set aside");
		arbiter.claim(Claim.untilReleased(ClaimSource.CALL, Presence.of(PresenceState.DO_NOT_DISTURB)));
		assertEquals(PresenceState.DO_NOT_DISTURB, arbiter.effective().state());
	}

	@Test
	void aManualStateHoldsAutomationOffAndSaysWhich() {
		arbiter.claim(debugging);
		arbiter.choose(PresenceState.BE_RIGHT_BACK, ResetAfter.ONE_HOUR);
		assertEquals(List.of(debugging), arbiter.heldOff());
		clock.advanceMinutes(60);
		assertEquals(PresenceState.DEBUGGING, arbiter.effective().state());
		assertEquals(List.of(), arbiter.heldOff());
	}

	@Test
	void resetToAutomaticBringsBackWhatWasSetAside() {
		arbiter.claim(debugging);
		arbiter.choose(PresenceState.AVAILABLE, ResetAfter.NEVER);
		arbiter.resetToAutomatic();
		assertEquals(PresenceState.DEBUGGING, arbiter.effective().state());
	}

	@Test
	void aNoteShowsWithWhicheverStateWinsAndNeverChangesIt() {
		arbiter.claim(debugging);
		arbiter.setNote("fixing the release build");
		assertEquals(Presence.of(PresenceState.DEBUGGING, "fixing the release build"), arbiter.effective());
		assertEquals(Optional.empty(), arbiter.claimOf(ClaimSource.USER), "a note is not a manual state");

		arbiter.release(ClaimSource.DEBUGGER);

		assertEquals(Presence.of(PresenceState.AVAILABLE, "fixing the release build"), arbiter.effective());
		arbiter.setNote(" ");
		assertEquals(Presence.available(), arbiter.effective());
	}

	@Test
	void theUsersNoteReplacesTheNoteOfTheWinningClaim() {
		arbiter.claim(Claim.untilReleased(ClaimSource.CALL, Presence.of(PresenceState.IN_A_CALL, "Zoom")));
		assertEquals("Zoom", arbiter.effective().note());
		arbiter.setNote("back at 3");
		assertEquals("back at 3", arbiter.effective().note());
		assertTrue(arbiter.note().equals("back at 3"));
	}
}
