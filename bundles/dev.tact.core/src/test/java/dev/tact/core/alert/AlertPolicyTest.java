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
	private final AlertPolicy policy = new AlertPolicy(new AlertPreferences(true, Set.of(BOSS), false),
			UrgentRateLimiter.withDefaults(clock), BreakthroughCap.withDefaults(clock), Set.of(DANA, LEE)::contains);

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
		policy.setPreferences(new AlertPreferences(false, Set.of(), false));
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

	@Test
	void aStrangersMessageIsABadgeOnlyAndTheirUrgentMarkIsIgnored() {
		BareJid stranger = BareJid.parse("someone@elsewhere.example");
		assertEquals(new AlertDecision(false, false, true, false, false),
				policy.decide(message(stranger, false), Presence.available(), false));
		AlertDecision urgent = policy.decide(message(stranger, true), Presence.of(PresenceState.DO_NOT_DISTURB), false);
		assertFalse(urgent.popup() || urgent.sound() || urgent.urgentHonoured());
		AlertEvent invitation = new AlertEvent(EventKind.INVITE, stranger, "join us", false, clock.instant());
		assertFalse(policy.decide(invitation, Presence.available(), false).popup(), "a stranger's invitation is silent");
	}

	@Test
	void withStrangersAlertedTheyPopUpLikeAContactButNeverBreakThrough() {
		policy.setPreferences(new AlertPreferences(true, Set.of(), true));
		BareJid stranger = BareJid.parse("someone@elsewhere.example");
		assertTrue(policy.decide(message(stranger, false), Presence.available(), false).popup());
		AlertDecision urgent = policy.decide(message(stranger, true), Presence.of(PresenceState.DO_NOT_DISTURB), false);
		assertFalse(urgent.popup() || urgent.urgentHonoured());
	}

	@Test
	void manySendersBreakThroughAtMostFiveTimesPerHalfHourInAll() {
		Presence dnd = Presence.of(PresenceState.DO_NOT_DISTURB);
		AlertPolicy manyContacts = new AlertPolicy(new AlertPreferences(true, Set.of(BOSS), false),
				UrgentRateLimiter.withDefaults(clock), BreakthroughCap.withDefaults(clock), jid -> true);
		int through = 0;
		for (int i = 0; i < 100; i++) {
			if (manyContacts.decide(message(BareJid.parse("colleague" + i + "@example.org"), true), dnd, false).popup()) {
				through++;
			}
		}
		assertEquals(BreakthroughCap.DEFAULT_MAX, through);
		assertFalse(manyContacts.decide(message(BOSS, false), dnd, false).popup(), "the cap holds for priority people too");
		assertTrue(manyContacts.decide(message(DANA, false), Presence.available(), false).popup(),
				"outside the quiet nothing is capped");

		clock.advanceMinutes(31);
		assertTrue(manyContacts.decide(message(BOSS, false), dnd, false).popup(), "the window slides");
	}

	private AlertEvent message(BareJid from, boolean urgent) {
		return new AlertEvent(EventKind.MESSAGE, from, "Got a moment to discuss the Contoso account?", urgent,
				clock.instant());
	}
}
