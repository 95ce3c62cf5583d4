package dev.tact.core.etiquette;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tact.core.presence.Presence;
import dev.tact.core.presence.PresenceArbiter;
import dev.tact.core.presence.PresenceState;
import dev.tact.core.presence.ResetAfter;
import dev.tact.core.testing.MutableClock;

class PresenceDayTallyTest {

	private final MutableClock clock = MutableClock.atMondayMorning();
	private final PresenceArbiter arbiter = new PresenceArbiter(clock);
	private final PresenceDayTally tally = new PresenceDayTally(clock, ZoneOffset.UTC, arbiter.effective());

	PresenceDayTallyTest() {
		arbiter.addListener(tally);
	}

	@Test
	void countsDoNotDisturbAgainstTheTimeAtWork() {
		clock.advanceMinutes(60);
		arbiter.choose(PresenceState.DO_NOT_DISTURB, ResetAfter.NEVER);
		clock.advanceMinutes(150);

		OwnPresenceFacts facts = tally.facts(arbiter.effective());

		assertEquals(Duration.ofMinutes(150), facts.doNotDisturbToday());
		assertEquals(Duration.ofMinutes(210), facts.workingTimeToday());
		assertEquals(clock.instant().minus(Duration.ofMinutes(150)), facts.since());
		assertEquals(List.of(RuleId.DND_SPARINGLY), new EtiquetteAdvisor().adviseOnOwnPresence(facts)
				.stream().map(EtiquetteHint::rule).toList());
	}

	@Test
	void timeAwayIsNotWorkingTime() {
		arbiter.choose(PresenceState.AWAY, ResetAfter.NEVER);
		clock.advanceMinutes(90);
		arbiter.choose(PresenceState.AVAILABLE, ResetAfter.NEVER);
		clock.advanceMinutes(30);
		assertEquals(Duration.ofMinutes(30), tally.facts(arbiter.effective()).workingTimeToday());
	}

	@Test
	void aNewDayStartsFromNothing() {
		arbiter.choose(PresenceState.DO_NOT_DISTURB, ResetAfter.NEVER);
		clock.set(Instant.parse("2025-03-11T01:00:00Z"));
		OwnPresenceFacts facts = tally.facts(arbiter.effective());
		assertEquals(Duration.ofHours(1), facts.doNotDisturbToday(), "only the time since midnight counts");
	}

	@Test
	void aNoteDoesNotRestartTheCurrentState() {
		arbiter.choose(PresenceState.AWAY, ResetAfter.NEVER);
		clock.advanceMinutes(20);
		arbiter.setNote("at lunch");
		assertEquals(clock.instant().minus(Duration.ofMinutes(20)), tally.facts(Presence.of(PresenceState.AWAY)).since());
	}
}
