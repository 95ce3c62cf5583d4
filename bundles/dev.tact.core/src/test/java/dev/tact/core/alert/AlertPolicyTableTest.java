package dev.tact.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.address.BareJid;
import dev.tact.core.presence.Presence;
import dev.tact.core.presence.PresenceState;
import dev.tact.core.testing.MutableClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every own state × event kind × sender kind × focus session (on/off) × "mute sounds in calls" (on/off), each row
 * checked against {@link #expected}, which states the rules from scratch rather than reusing the policy's code.
 */
class AlertPolicyTableTest {

	enum SenderKind {
		NORMAL, PRIORITY, URGENT, URGENT_OVER_LIMIT
	}

	record Row(PresenceState own, EventKind kind, SenderKind sender, boolean focusRunning, boolean muteInCalls) {
	}

	private static final BareJid DANA = BareJid.parse("dana@example.org");
	private static final BareJid BOSS = BareJid.parse("boss@example.org");

	/** States whose owner hears and sees everything. */
	private static final Set<PresenceState> ALERT_FULLY = Set.of(PresenceState.AVAILABLE, PresenceState.BUSY,
			PresenceState.DEBUGGING, PresenceState.BE_RIGHT_BACK, PresenceState.AWAY, PresenceState.OFF_WORK,
			PresenceState.APPEAR_OFFLINE);
	/** States in which only priority and honoured urgent conversations interrupt. */
	private static final Set<PresenceState> QUIET = Set.of(PresenceState.DO_NOT_DISTURB, PresenceState.FOCUSING);
	/** Kinds that are someone trying to talk to you now (an invitation can wait: the room stays). */
	private static final Set<EventKind> CONVERSATIONAL = Set.of(EventKind.MESSAGE, EventKind.GROUP_MENTION);

	@Test
	void everyRowOfTheTableGetsTheExpectedDecision() {
		List<Row> rows = table();
		assertEquals(11 * 5 * 4 * 2 * 2, rows.size());
		List<String> mismatches = new ArrayList<>();
		for (Row row : rows) {
			AlertDecision actual = decide(row);
			AlertDecision wanted = expected(row);
			if (!wanted.equals(actual)) {
				mismatches.add(row + ": expected " + wanted + " but was " + actual);
			}
		}
		assertTrue(mismatches.isEmpty(), mismatches.size() + " rows differ:\n" + String.join("\n", mismatches));
	}

	static AlertDecision expected(Row row) {
		boolean conversational = CONVERSATIONAL.contains(row.kind());
		boolean urgentCounts = conversational && row.sender() == SenderKind.URGENT;
		boolean mayInterruptQuiet = conversational
				&& (row.sender() == SenderKind.PRIORITY || row.sender() == SenderKind.URGENT);
		boolean popup;
		if (row.own() == PresenceState.OFFLINE) {
			popup = false;
		} else if (row.focusRunning() || QUIET.contains(row.own())) {
			popup = mayInterruptQuiet;
		} else {
			popup = ALERT_FULLY.contains(row.own()) || row.own() == PresenceState.IN_A_CALL;
		}
		boolean callMutesSound = row.own() == PresenceState.IN_A_CALL && row.muteInCalls();
		boolean sound = popup && !callMutesSound;
		return new AlertDecision(sound, popup, true, row.focusRunning(), urgentCounts);
	}

	private static List<Row> table() {
		List<Row> rows = new ArrayList<>();
		for (PresenceState own : PresenceState.values()) {
			for (EventKind kind : EventKind.values()) {
				for (SenderKind sender : SenderKind.values()) {
					for (boolean focus : new boolean[] { false, true }) {
						for (boolean mute : new boolean[] { false, true }) {
							rows.add(new Row(own, kind, sender, focus, mute));
						}
					}
				}
			}
		}
		return rows;
	}

	private static AlertDecision decide(Row row) {
		MutableClock clock = MutableClock.atMondayMorning();
		UrgentRateLimiter limiter = UrgentRateLimiter.withDefaults(clock);
		AlertPolicy policy = new AlertPolicy(new AlertPreferences(row.muteInCalls(), Set.of(BOSS), false), limiter,
				BreakthroughCap.withDefaults(clock), DANA::equals);
		BareJid from = row.sender() == SenderKind.PRIORITY ? BOSS : DANA;
		boolean urgent = row.sender() == SenderKind.URGENT || row.sender() == SenderKind.URGENT_OVER_LIMIT;
		if (row.sender() == SenderKind.URGENT_OVER_LIMIT) {
			policy.decide(new AlertEvent(EventKind.MESSAGE, from, "first", true, clock.instant()),
					Presence.available(), false);
			clock.advanceMinutes(3);
		}
		AlertEvent event = new AlertEvent(row.kind(), from, "Got a moment?", urgent, clock.instant());
		return policy.decide(event, Presence.of(row.own()), row.focusRunning());
	}
}
