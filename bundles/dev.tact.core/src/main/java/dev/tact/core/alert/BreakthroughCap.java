package dev.tact.core.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * How many alerts may break through Do Not Disturb or a focus session in all, whoever sends them: the per-sender
 * limit on urgent marks does not help against many senders (a hostile server has as many addresses as it likes), and
 * quiet that gives way a dozen times an hour is no quiet. At most {@code max} within any {@code window}; what is over
 * stays a badge. Thread-safe.
 */
public final class BreakthroughCap {

	/** Five breakthroughs per half hour. */
	public static final int DEFAULT_MAX = 5;
	public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(30);

	private final Clock clock;
	private final Duration window;
	private final int max;
	private final Deque<Instant> granted = new ArrayDeque<>();

	public BreakthroughCap(Clock clock, Duration window, int max) {
		this.clock = Objects.requireNonNull(clock, "clock");
		this.window = Objects.requireNonNull(window, "window");
		if (window.isNegative() || window.isZero() || max < 1) {
			throw new IllegalArgumentException("The window must be positive and allow at least one breakthrough");
		}
		this.max = max;
	}

	public static BreakthroughCap withDefaults(Clock clock) {
		return new BreakthroughCap(clock, DEFAULT_WINDOW, DEFAULT_MAX);
	}

	/** Whether one more alert may break through now; if so, it counts. */
	public synchronized boolean tryAcquire() {
		Instant now = clock.instant();
		Instant windowStart = now.minus(window);
		while (!granted.isEmpty() && !granted.peekFirst().isAfter(windowStart)) {
			granted.removeFirst();
		}
		if (granted.size() >= max) {
			return false;
		}
		granted.addLast(now);
		return true;
	}
}
