package dev.tact.benchmarks;

import java.time.Duration;
import java.util.PriorityQueue;

import dev.tact.core.time.TaskScheduler;

/**
 * A deterministic {@link TaskScheduler}: time is a counter the benchmark moves forward, and due tasks run on the
 * benchmark's own thread when it does. So the number of batches a flood produces depends only on when updates
 * arrive, not on how fast this machine is, and no timer thread competes with the measured code.
 */
final class VirtualTimeScheduler implements TaskScheduler {

	private record Due(long atNanos, long sequence, Runnable task) implements Comparable<Due> {
		@Override
		public int compareTo(Due other) {
			int byTime = Long.compare(atNanos, other.atNanos);
			return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
		}
	}

	private final PriorityQueue<Due> due = new PriorityQueue<>();
	private long nowNanos;
	private long sequence;

	@Override
	public void schedule(Duration delay, Runnable task) {
		due.add(new Due(nowNanos + delay.toNanos(), sequence++, task));
	}

	long nowNanos() {
		return nowNanos;
	}

	/** Moves time to {@code nanos} (never back) and runs every task due by then, in due order. */
	void advanceTo(long nanos) {
		Due next;
		while ((next = due.peek()) != null && next.atNanos() <= nanos) {
			due.poll();
			nowNanos = Math.max(nowNanos, next.atNanos());
			next.task().run();
		}
		nowNanos = Math.max(nowNanos, nanos);
	}

	void advanceBy(Duration amount) {
		advanceTo(nowNanos + amount.toNanos());
	}
}
