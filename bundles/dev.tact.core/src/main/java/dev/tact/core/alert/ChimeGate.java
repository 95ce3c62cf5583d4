package dev.tact.core.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * At most one chime per {@link #GAP}, however many alerts ask for one: a burst of messages (or a flood someone
 * sends on purpose) makes one sound, not a din. Thread-safe.
 */
public final class ChimeGate {

	/** The quiet time after a chime during which further chimes are swallowed. */
	public static final Duration GAP = Duration.ofSeconds(3);

	private final Clock clock;
	private Instant lastChime = Instant.MIN;

	public ChimeGate(Clock clock) {
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	/** Whether a chime may sound now; if so, the next one waits {@link #GAP} from now. */
	public synchronized boolean tryChime() {
		Instant now = clock.instant();
		if (lastChime != Instant.MIN && now.isBefore(lastChime.plus(GAP))) {
			return false;
		}
		lastChime = now;
		return true;
	}
}
