package dev.tact.core.alert;

import dev.tact.core.address.BareJid;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Limits how often one sender's urgent mark is honoured, so that "urgent" cannot be used to get past Do Not Disturb
 * all the time: at most {@code maxPerWindow} accepted marks per sender within any {@code window} (a sliding window
 * by the clock). Only accepted marks count, so a refused one does not push the next chance further away.
 * Thread-safe.
 */
public final class UrgentRateLimiter {

	/** One urgent mark per sender per ten minutes. */
	public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(10);

	private static final int PRUNE_ABOVE_SENDERS = 256;

	private final Clock clock;
	private final Duration window;
	private final int maxPerWindow;
	private final Map<BareJid, Deque<Instant>> accepted = new HashMap<>();

	public UrgentRateLimiter(Clock clock, Duration window, int maxPerWindow) {
		this.clock = Objects.requireNonNull(clock, "clock");
		this.window = Objects.requireNonNull(window, "window");
		if (window.isNegative() || window.isZero() || maxPerWindow < 1) {
			throw new IllegalArgumentException("The window must be positive and allow at least one urgent mark");
		}
		this.maxPerWindow = maxPerWindow;
	}

	/** At most one urgent mark per sender per {@link #DEFAULT_WINDOW}. */
	public static UrgentRateLimiter withDefaults(Clock clock) {
		return new UrgentRateLimiter(clock, DEFAULT_WINDOW, 1);
	}

	/** Whether {@code sender}'s urgent mark arriving now is honoured; if so, it counts against the sender's limit. */
	public synchronized boolean tryAcquire(BareJid sender) {
		Objects.requireNonNull(sender, "sender");
		Instant now = clock.instant();
		if (accepted.size() > PRUNE_ABOVE_SENDERS) {
			accepted.values().forEach(times -> forgetOld(times, now));
			accepted.values().removeIf(Deque::isEmpty);
		}
		Deque<Instant> times = accepted.computeIfAbsent(sender, s -> new ArrayDeque<>());
		forgetOld(times, now);
		if (times.size() >= maxPerWindow) {
			return false;
		}
		times.addLast(now);
		return true;
	}

	private void forgetOld(Deque<Instant> times, Instant now) {
		Instant windowStart = now.minus(window);
		while (!times.isEmpty() && !times.peekFirst().isAfter(windowStart)) {
			times.removeFirst();
		}
	}
}
