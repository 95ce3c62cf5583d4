package dev.tact.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.address.BareJid;
import dev.tact.core.presence.Presence;
import dev.tact.core.presence.PresenceState;
import dev.tact.core.testing.MutableClock;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AlertPolicyTest {

	private static final BareJid DANA = BareJid.parse("dana@example.org");
	private static final BareJid LEE = BareJid.parse("lee@example.org");
	private static final BareJid BOSS = BareJid.parse("boss@example.org");

	private final MutableClock clock = MutableClock.atMondayMorning();
	private final AlertPolicy policy = new AlertPolicy(new AlertPreferences(true, Set.of(BOSS)),
			UrgentRateLimiter.withDefaults(clock));

	@Test
	void availableAlertsWithSoundAndPopup() {
		AlertDecision decision = policy.decide(message(DANA, false), Presence.available(), false);
		assertEquals(new AlertDecision(true, true, true, false, false), decision);
	}

	@Test
	void doNotDisturbKeepsAMessageAsABadgeOnly() {
		AlertDecision decision = policy.decide(message(DANA, false), Presence.of(PresenceState.DO_NOT_DISTURB), false);
		assertEquals(new AlertDecision(false, false, true, false, false), decision);
	}

	@Test
	void aFocusSessionQueuesEverythingForTheDigestEvenWhatBreaksThrough() {
		AlertDecision normal = policy.decide(message(DANA, false), Presence.of(PresenceState.FOCUSING), true);
		AlertDecision priority = policy.decide(message(BOSS, false), Presence.of(PresenceState.FOCUSING), true);
		assertTrue(normal.queueForDigest() && !normal.sound() && !normal.popup());
		assertTrue(priority.queueForDigest() && priority.popup());
	}

	@Test
	void aPriorityContactBreaksThroughDoNotDisturbWithSound() {
		AlertDecision decision = policy.decide(message(BOSS, false), Presence.of(PresenceState.DO_NOT_DISTURB), false);
		assertTrue(decision.popup());
		assertTrue(decision.sound());
	}

	@Test
	void urgentBreaksThroughFocusOncePerTenMinutesPerSender() {
		Presence focusing = Presence.of(PresenceState.FOCUSING);
		assertTrue(policy.decide(message(DANA, true), focusing, true).popup());
		clock.advanceMinutes(9);
		AlertDecision again = policy.decide(message(DANA, true), focusing, true);
		assertFalse(again.popup());
		assertFalse(again.urgentHonoured());
		clock.advanceMinutes(1);
		assertTrue(policy.decide(message(DANA, true), focusing, true).popup());
	}

	@Test
	void oneSendersUrgentLimitDoesNotAffectAnother() {
		Presence dnd = Presence.of(PresenceState.DO_NOT_DISTURB);
		policy.decide(message(DANA, true), dnd, false);
		assertTrue(policy.decide(message(LEE, true), dnd, false).popup());
	}

	@Test
	void inACallWithMuteShowsAPopupWithoutSound() {
		AlertDecision decision = policy.decide(message(DANA, false), Presence.of(PresenceState.IN_A_CALL), false);
		assertTrue(decision.popup());
		assertFalse(decision.sound());
	}

	@Test
	void inACallWithoutMutePlaysTheSound() {
		policy.setPreferences(new AlertPreferences(false, Set.of()));
		assertTrue(policy.decide(message(DANA, false), Presence.of(PresenceState.IN_A_CALL), false).sound());
	}

	@Test
	void aPriorityContactBreakingThroughDuringACallStaysSilent() {
		Presence inCallFocusing = Presence.of(PresenceState.IN_A_CALL);
		AlertDecision decision = policy.decide(message(BOSS, false), inCallFocusing, true);
		assertTrue(decision.popup());
		assertFalse(decision.sound());
	}

	@Test
	void anAddRequestWaitsForTheDigestEvenFromAPriorityContact() {
		AlertEvent request = new AlertEvent(EventKind.ADD_REQUEST, BOSS, "", true, clock.instant());
		AlertDecision decision = policy.decide(request, Presence.of(PresenceState.DO_NOT_DISTURB), true);
		assertFalse(decision.sound() || decision.popup());
		assertFalse(decision.urgentHonoured());
	}

	@Test
	void busyStillAlertsBecauseSendersAlreadyHeldBack() {
		assertTrue(policy.decide(message(DANA, false), Presence.of(PresenceState.BUSY), false).sound());
		assertTrue(policy.decide(message(DANA, false), Presence.of(PresenceState.DEBUGGING), false).popup());
	}

	@Test
	void backlogArrivingWhileOfflineOnlyGetsABadge() {
		AlertDecision decision = policy.decide(message(BOSS, true), Presence.of(PresenceState.OFFLINE), false);
		assertEquals(new AlertDecision(false, false, true, false, true), decision);
	}

	@Test
	void anUrgentMarkUsedWhileAvailableStillCountsAgainstTheLimit() {
		policy.decide(message(DANA, true), Presence.available(), false);
		assertFalse(policy.decide(message(DANA, true), Presence.of(PresenceState.DO_NOT_DISTURB), false).popup());
	}

	private AlertEvent message(BareJid from, boolean urgent) {
		return new AlertEvent(EventKind.MESSAGE, from, "Got a moment to discuss the Contoso account?", urgent,
				clock.instant());
	}
}
