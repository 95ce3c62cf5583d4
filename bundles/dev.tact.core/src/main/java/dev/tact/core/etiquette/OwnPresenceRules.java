package dev.tact.core.etiquette;

import java.time.Duration;
import java.util.Optional;

import dev.tact.core.presence.PresenceState;

/**
 * Rules about our own status: use Do Not Disturb sparingly (a gentle note when it covered more than half of the
 * working day so far), and leave a note saying where you are when you go Away or Off Work by hand without one.
 */
final class OwnPresenceRules {

	/** Too early in the day for a share of DND to mean anything. */
	static final Duration MIN_WORKING_TIME = Duration.ofHours(1);

	private OwnPresenceRules() {
	}

	static Optional<EtiquetteHint> doNotDisturbSparingly(OwnPresenceFacts facts) {
		Duration working = facts.workingTimeToday();
		if (facts.current().state() != PresenceState.DO_NOT_DISTURB || working.compareTo(MIN_WORKING_TIME) < 0
				|| facts.doNotDisturbToday().multipliedBy(2).compareTo(working) <= 0) {
			return Optional.empty();
		}
		long percent = facts.doNotDisturbToday().toMinutes() * 100 / Math.max(1, working.toMinutes());
		return Optional.of(EtiquetteHint.of(RuleId.DND_SPARINGLY, Severity.INFO,
				"You have been in Do Not Disturb for " + Math.min(100, percent)
						+ "% of today's working time. Busy still shows you are focused, but lets people reach you.",
				"Appearing as Do Not Disturb too often is like rarely answering your phone.",
				GuideSentences.DND_SPARINGLY, SuggestedAction.SWITCH_TO_BUSY));
	}

	static Optional<EtiquetteHint> awayWithoutNote(OwnPresenceFacts facts) {
		PresenceState state = facts.current().state();
		boolean away = state == PresenceState.AWAY || state == PresenceState.OFF_WORK;
		if (!away || !facts.chosenByHand() || facts.current().hasNote()) {
			return Optional.empty();
		}
		return Optional.of(EtiquetteHint.of(RuleId.AWAY_NOTE, Severity.SUGGESTION,
				"Add a note saying where you are, e.g. \u201cIn training until 3\u201d.",
				"A note tells people when to expect an answer.", GuideSentences.AWAY_NOTE, SuggestedAction.ADD_NOTE));
	}
}
