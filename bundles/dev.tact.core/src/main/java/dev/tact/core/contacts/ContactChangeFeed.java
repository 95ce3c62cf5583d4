package dev.tact.core.contacts;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import dev.tact.core.address.BareJid;
import dev.tact.core.time.TaskScheduler;

/**
 * Coalesces a flood of contact changes into a few batches for the Contacts view. The first change after a flush
 * schedules one flush {@code window} later; changes arriving until then join the same batch, and a contact changed
 * many times appears once. A burst of 10,000 presence updates over a second with a 100 ms window reaches listeners
 * as about ten batches. Callers that drive their own timer can call {@link #flush()} directly. Thread-safe;
 * listeners run on the scheduler's thread (or the caller of {@code flush()}).
 */
public final class ContactChangeFeed {

	/** A short enough delay to feel immediate, long enough to merge a presence flood. */
	public static final Duration DEFAULT_WINDOW = Duration.ofMillis(100);

	private final TaskScheduler scheduler;
	private final Duration window;
	private final List<Consumer<Set<BareJid>>> listeners = new CopyOnWriteArrayList<>();
	private final Object lock = new Object();
	private Set<BareJid> pending = new LinkedHashSet<>();
	private boolean flushScheduled;

	public ContactChangeFeed(TaskScheduler scheduler, Duration window) {
		this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
		this.window = Objects.requireNonNull(window, "window");
	}

	/** Listeners receive an unmodifiable set of the contacts changed since the previous batch. */
	public void addListener(Consumer<Set<BareJid>> listener) {
		listeners.add(Objects.requireNonNull(listener, "listener"));
	}

	public void removeListener(Consumer<Set<BareJid>> listener) {
		listeners.remove(listener);
	}

	public void changed(BareJid contact) {
		Objects.requireNonNull(contact, "contact");
		boolean schedule;
		synchronized (lock) {
			pending.add(contact);
			schedule = !flushScheduled;
			flushScheduled = true;
		}
		if (schedule) {
			scheduleFlush();
		}
	}

	private void scheduleFlush() {
		try {
			scheduler.schedule(window, this::flush);
		} catch (RuntimeException e) {
			// Without this, a rejected flush would leave the feed waiting for a flush that never comes.
			synchronized (lock) {
				flushScheduled = false;
			}
			throw e;
		}
	}

	/** Delivers everything changed so far as one batch; does nothing if nothing changed. */
	public void flush() {
		Set<BareJid> batch;
		synchronized (lock) {
			batch = pending;
			pending = new LinkedHashSet<>();
			flushScheduled = false;
		}
		if (batch.isEmpty()) {
			return;
		}
		Set<BareJid> view = Collections.unmodifiableSet(batch);
		RuntimeException failure = null;
		for (Consumer<Set<BareJid>> listener : listeners) {
			try {
				listener.accept(view);
			} catch (RuntimeException e) {
				// One broken listener must not keep the others stale; report the first failure afterwards.
				if (failure == null) {
					failure = e;
				} else {
					failure.addSuppressed(e);
				}
			}
		}
		if (failure != null) {
			throw failure;
		}
	}
}
