package dev.tact.core.etiquette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tact.core.presence.Presence;
import dev.tact.core.presence.PresenceState;
import dev.tact.core.testing.MutableClock;

class OwnPresenceRulesTest {

	private final MutableClock clock = MutableClock.atMondayMorning();
	private final EtiquetteAdvisor advisor = new EtiquetteAdvisor();

	private List<RuleId> rulesFor(Presence presence, Instant since, int dndMinutes, int workedMinutes) {
		OwnPresenceFacts facts = new OwnPresenceFacts(presence, since, Duration.ofMinutes(dndMinutes),
				Duration.ofMinutes(workedMinutes), clock.instant());
		return advisor.adviseOnOwnPresence(facts).stream().map(EtiquetteHint::rule).toList();
	}

	@Test
	void doNotDisturbForMostOfTheWorkingDayGetsAGentleNote() {
		Presence dnd = Presence.of(PresenceState.DO_NOT_DISTURB);
		assertEquals(List.of(RuleId.DND_SPARINGLY), rulesFor(dnd, clock.instant(), 200, 300));
		assertEquals(List.of(), rulesFor(dnd, clock.instant(), 100, 300));
		assertEquals(List.of(), rulesFor(dnd, clock.instant(), 30, 40), "too early in the day to judge");
		assertEquals(List.of(), rulesFor(Presence.of(PresenceState.BUSY), clock.instant(), 200, 300));
	}

	@Test
	void goingAwayOrOffWorkByHandWithoutANoteSuggestsOne() {
		Instant wentAway = clock.instant();
		List<EtiquetteHint> hints = advisor.adviseOnOwnPresence(new OwnPresenceFacts(Presence.of(PresenceState.AWAY),
				wentAway, Duration.ZERO, Duration.ofHours(2), clock.instant()));
		assertEquals(RuleId.AWAY_NOTE, hints.get(0).rule());
		assertTrue(hints.get(0).actions().contains(SuggestedAction.ADD_NOTE));
		assertEquals(GuideSentences.AWAY_NOTE, hints.get(0).guideSentence());
		assertEquals(List.of(RuleId.AWAY_NOTE), rulesFor(Presence.of(PresenceState.OFF_WORK), wentAway, 0, 120));
		assertEquals(List.of(), rulesFor(Presence.of(PresenceState.AWAY, "In training, room 4"), wentAway, 0, 120));
		assertEquals(List.of(), rulesFor(Presence.of(PresenceState.BE_RIGHT_BACK), wentAway, 0, 120));
	}

	@Test
	void awayByIdlenessGetsNoNoteHintSinceNobodyIsThereToWriteOne() {
		OwnPresenceFacts idle = new OwnPresenceFacts(Presence.of(PresenceState.AWAY), clock.instant(), Duration.ZERO,
				Duration.ofHours(2), clock.instant()).automatic();
		assertEquals(List.of(), advisor.adviseOnOwnPresence(idle));
	}
}
