package dev.tact.core.time;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs a task once after a delay: the UI implements it with its display timer, tests with a manual scheduler that
 * runs due tasks as a test clock advances, so nothing in core sleeps.
 */
@FunctionalInterface
public interface TaskScheduler {

	void schedule(Duration delay, Runnable task);

	/** A scheduler backed by {@code executor}, e.g. a single flush thread. */
	static TaskScheduler of(ScheduledExecutorService executor) {
		Objects.requireNonNull(executor, "executor");
		return (delay, task) -> executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
	}
}
