package dev.tact.core.presence;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/** When a manually chosen status resets by itself (the "reset status after" choice of the presence menu). */
public enum ResetAfter {
	ONE_HOUR,
	TWO_HOURS,
	/** At the next midnight in the user's zone. */
	END_OF_TODAY,
	/** Only when the user changes it again. */
	NEVER;

	/** The instant a status chosen at {@code now} resets, or null for {@link #NEVER}. */
	public Instant expiryFrom(Instant now, ZoneId zone) {
		Objects.requireNonNull(now, "now");
		Objects.requireNonNull(zone, "zone");
		return switch (this) {
			case ONE_HOUR -> now.plus(Duration.ofHours(1));
			case TWO_HOURS -> now.plus(Duration.ofHours(2));
			case END_OF_TODAY -> now.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
			case NEVER -> null;
		};
	}
}
