package dev.tact.core.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.tact.core.time.TaskScheduler;

/** Runs scheduled tasks when the test clock passes their due time, as a timer thread would. */
public final class ManualScheduler implements TaskScheduler {

	private record Due(Instant at, Runnable task) {
	}

	private final MutableClock clock;
	private final List<Due> due = new ArrayList<>();

	public ManualScheduler(MutableClock clock) {
		this.clock = clock;
	}

	@Override
	public synchronized void schedule(Duration delay, Runnable task) {
		due.add(new Due(clock.instant().plus(delay), task));
	}

	/** Advances the clock and runs every task that became due, in due order. */
	public void advance(Duration amount) {
		clock.advance(amount);
		runDue();
	}

	public void runDue() {
		while (true) {
			Due next;
			synchronized (this) {
				next = due.stream().filter(d -> !d.at().isAfter(clock.instant()))
						.min(Comparator.comparing(Due::at)).orElse(null);
				if (next == null) {
					return;
				}
				due.remove(next);
			}
			next.task().run();
		}
	}

	public synchronized int scheduledCount() {
		return due.size();
	}
}
