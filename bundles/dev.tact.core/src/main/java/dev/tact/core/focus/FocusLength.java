package dev.tact.core.focus;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How long a focus session lasts: one of the offered lengths (25, 50, 90 minutes), a custom length of up to
 * {@link #LONGEST}, or until stopped ({@code duration} null).
 */
public record FocusLength(Duration duration) {

	/** A session longer than a working day is a mistake, not focus. */
	public static final Duration LONGEST = Duration.ofHours(12);

	public static final FocusLength TWENTY_FIVE_MINUTES = minutes(25);
	public static final FocusLength FIFTY_MINUTES = minutes(50);
	public static final FocusLength NINETY_MINUTES = minutes(90);
	public static final FocusLength UNTIL_STOPPED = new FocusLength(null);

	public FocusLength {
		if (duration != null && (duration.isNegative() || duration.isZero() || duration.compareTo(LONGEST) > 0)) {
			throw new IllegalArgumentException("A focus session lasts between a moment and " + LONGEST.toHours()
					+ " hours, not " + duration);
		}
	}

	public static FocusLength minutes(long minutes) {
		return new FocusLength(Duration.ofMinutes(minutes));
	}

	public static FocusLength of(Duration duration) {
		return new FocusLength(Objects.requireNonNull(duration, "duration"));
	}

	public Optional<Duration> timed() {
		return Optional.ofNullable(duration);
	}

}
