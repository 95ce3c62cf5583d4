package dev.tact.core.etiquette;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import dev.tact.core.presence.Presence;

/**
 * What the rules about our own status look at.
 *
 * @param current our effective presence
 * @param since when the current state began
 * @param doNotDisturbToday how much of today's working hours so far we spent in Do Not Disturb
 * @param workingTimeToday how much of today's working hours has passed
 * @param now the current time
 * @param chosenByHand whether the user chose the current state (not automation, such as idle Away)
 */
public record OwnPresenceFacts(Presence current, Instant since, Duration doNotDisturbToday,
		Duration workingTimeToday, Instant now, boolean chosenByHand) {

	public OwnPresenceFacts {
		Objects.requireNonNull(current, "current");
		Objects.requireNonNull(now, "now");
		since = since == null ? now : since;
		doNotDisturbToday = nonNegative(doNotDisturbToday);
		workingTimeToday = nonNegative(workingTimeToday);
	}

	/** Facts about a state the user chose by hand. */
	public OwnPresenceFacts(Presence current, Instant since, Duration doNotDisturbToday, Duration workingTimeToday,
			Instant now) {
		this(current, since, doNotDisturbToday, workingTimeToday, now, true);
	}

	/** The same facts, for a state automation chose. */
	public OwnPresenceFacts automatic() {
		return new OwnPresenceFacts(current, since, doNotDisturbToday, workingTimeToday, now, false);
	}


	private static Duration nonNegative(Duration d) {
		return d == null || d.isNegative() ? Duration.ZERO : d;
	}
}
