package dev.tact.benchmarks;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Delivers a burst of updates spread evenly over a span of virtual time (zero: all at the same instant), running
 * whatever the scheduler has due in between, then waits one coalescing window so the last batch is delivered too.
 */
final class Burst<T> {

	private final VirtualTimeScheduler scheduler;
	private final Duration window;
	private final Consumer<T> sink;

	Burst(VirtualTimeScheduler scheduler, Duration window, Consumer<T> sink) {
		this.scheduler = scheduler;
		this.window = window;
		this.sink = sink;
	}

	void deliver(T[] updates, Duration spread) {
		long start = scheduler.nowNanos();
		long span = spread.toNanos();
		int count = updates.length;
		for (int i = 0; i < count; i++) {
			scheduler.advanceTo(start + span * i / count);
			sink.accept(updates[i]);
		}
		scheduler.advanceTo(start + span + window.toNanos());
	}
}
