package dev.tact.xmpp.tests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.tact.core.time.TaskScheduler;

/** A scheduler whose tasks run only when the test says so, so a window never closes by accident. */
final class ManualScheduler implements TaskScheduler {

	private final List<Runnable> tasks = new ArrayList<>();

	@Override
	public synchronized void schedule(Duration delay, Runnable task) {
		tasks.add(task);
	}

	synchronized int pending() {
		return tasks.size();
	}

	/** Runs everything scheduled so far, as if time passed beyond every delay. */
	void runAll() {
		List<Runnable> due;
		synchronized (this) {
			due = new ArrayList<>(tasks);
			tasks.clear();
		}
		due.forEach(Runnable::run);
	}
}
