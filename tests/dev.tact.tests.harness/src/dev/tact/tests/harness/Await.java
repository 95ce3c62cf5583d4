package dev.tact.tests.harness;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits for a condition with a deadline, checking it often, instead of sleeping for a guessed time. Tests that use
 * it are as fast as the system under test and fail with a message that says what never happened.
 */
public final class Await {

	private static final long POLL_NANOS = Duration.ofMillis(5).toNanos();

	private Await() {
	}

	/** Returns as soon as {@code condition} holds; fails with {@code what} when {@code timeout} passes first. */
	public static void until(Duration timeout, String what, BooleanSupplier condition) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() - deadline > 0) {
				throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting for: " + what);
			}
			LockSupport.parkNanos(POLL_NANOS);
		}
	}

	/** Returns the first non-null value {@code probe} yields before the deadline. */
	public static <T> T value(Duration timeout, String what, Supplier<T> probe) {
		Object[] holder = new Object[1];
		until(timeout, what, () -> (holder[0] = probe.get()) != null);
		@SuppressWarnings("unchecked")
		T value = (T) holder[0];
		return value;
	}
}
