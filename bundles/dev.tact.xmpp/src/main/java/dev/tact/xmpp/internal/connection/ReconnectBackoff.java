package dev.tact.xmpp.internal.connection;

import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * How long to wait before the next reconnection attempt: exponential from {@code first} up to {@code max}, each
 * delay spread by ±{@code jitter} so that many clients dropped by the same server restart do not all come back in
 * the same instant.
 */
public final class ReconnectBackoff {

	private final Duration first;
	private final Duration max;
	private final double jitter;
	private final DoubleSupplier random;

	public ReconnectBackoff(Duration first, Duration max, double jitter, DoubleSupplier random) {
		this.first = Objects.requireNonNull(first, "first");
		this.max = Objects.requireNonNull(max, "max");
		if (jitter < 0 || jitter >= 1) {
			throw new IllegalArgumentException("jitter is a fraction in [0, 1)");
		}
		this.jitter = jitter;
		this.random = Objects.requireNonNull(random, "random");
	}

	/** Half a second, doubling up to a minute, ±30 %. */
	public static ReconnectBackoff standard() {
		return new ReconnectBackoff(Duration.ofMillis(500), Duration.ofMinutes(1), 0.3, Math::random);
	}

	/** The delay before attempt {@code attempt} (0 for the first attempt after a drop). */
	public Duration delay(int attempt) {
		long base = first.toMillis();
		for (int i = 0; i < attempt && base < max.toMillis(); i++) {
			base *= 2;
		}
		base = Math.min(base, max.toMillis());
		double spread = 1 + jitter * (2 * random.getAsDouble() - 1);
		return Duration.ofMillis(Math.max(1, Math.round(base * spread)));
	}
}
