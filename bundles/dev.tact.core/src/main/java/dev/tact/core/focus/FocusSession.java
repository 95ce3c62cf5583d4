package dev.tact.core.focus;

import dev.tact.core.alert.AlertEvent;
import dev.tact.core.presence.ClaimSource;
import dev.tact.core.presence.Presence;
import dev.tact.core.presence.PresenceArbiter;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The user's focus sessions (DESIGN §1, §4). Starting one claims Busy – Focusing or Do Not Disturb through the
 * {@link PresenceArbiter}, showing when it ends; events {@linkplain #record recorded} meanwhile are collected; at the
 * end (time up, or {@link #stop()}) the claim is released, so the previous status comes back, and the digest is
 * handed back and passed to listeners. A session started while the user has a state set by hand shows instead of
 * it (starting the session is the user's later word), and that state comes back at the end unless it has expired.
 *
 * <p>
 * Time-up is noticed by every call, so a late timer loses nothing; a caller schedules {@link #refresh()} at
 * {@link #endsAt()} to hear about it on time. One session runs at a time. Thread-safe; the arbiter is called with
 * this object's lock held, listeners without it.
 */
public final class FocusSession {

	private static final System.Logger LOG = System.getLogger(FocusSession.class.getName());

	private final PresenceArbiter arbiter;
	private final Clock clock;
	private final List<FocusSessionListener> listeners = new CopyOnWriteArrayList<>();

	private boolean running;
	private FocusStyle style;
	private Instant startedAt;
	private Instant endsAt;
	private DigestCollector collector;

	public FocusSession(PresenceArbiter arbiter, Clock clock) {
		this.arbiter = Objects.requireNonNull(arbiter, "arbiter");
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	/**
	 * Starts a session of {@code length} showing {@code style}. Starting while one runs only re-times it (from now)
	 * and changes the style; what was collected is kept.
	 */
	public void start(FocusLength length, FocusStyle style) {
		Objects.requireNonNull(length, "length");
		Objects.requireNonNull(style, "style");
		Optional<FocusDigest> ended;
		synchronized (this) {
			ended = endIfTimeUp();
			Instant now = clock.instant();
			if (!running) {
				running = true;
				startedAt = now;
				collector = new DigestCollector();
				arbiter.suspendManualChoice(); // starting a session is the user's later word
			}
			this.style = style;
			endsAt = length.timed().map(now::plus).orElse(null);
			claim();
		}
		ended.ifPresent(this::tellListeners);
	}

	/** Adds {@code more} to a timed session. Returns false, changing nothing, if none runs or it runs until stopped. */
	public boolean extend(Duration more) {
		Objects.requireNonNull(more, "more");
		if (more.isNegative() || more.isZero()) {
			throw new IllegalArgumentException("A session is extended by a positive time, not " + more);
		}
		Optional<FocusDigest> ended;
		boolean extended = false;
		synchronized (this) {
			ended = endIfTimeUp();
			if (running && endsAt != null) {
				endsAt = endsAt.plus(more);
				claim();
				extended = true;
			}
		}
		ended.ifPresent(this::tellListeners);
		return extended;
	}

	/** Ends the session now and returns its digest; empty if none was running. */
	public Optional<FocusDigest> stop() {
		Optional<FocusDigest> ended;
		synchronized (this) {
			ended = endIfTimeUp();
			if (ended.isEmpty() && running) {
				ended = Optional.of(end(clock.instant()));
			}
		}
		ended.ifPresent(this::tellListeners);
		return ended;
	}

	/** Ends the session if its time is up, returning the digest; empty if it still runs or none was running. */
	public Optional<FocusDigest> refresh() {
		Optional<FocusDigest> ended;
		synchronized (this) {
			ended = endIfTimeUp();
		}
		ended.ifPresent(this::tellListeners);
		return ended;
	}

	/**
	 * Collects {@code event} for the digest if a session runs. Returns whether it was collected. Record the event as
	 * the alert policy judged it: an urgent mark over the sender's limit should be removed first.
	 */
	public boolean record(AlertEvent event) {
		Objects.requireNonNull(event, "event");
		Optional<FocusDigest> ended;
		boolean collected = false;
		synchronized (this) {
			ended = endIfTimeUp();
			if (running) {
				collector.record(event);
				collected = true;
			}
		}
		ended.ifPresent(this::tellListeners);
		return collected;
	}

	public boolean isRunning() {
		refresh();
		synchronized (this) {
			return running;
		}
	}

	/** When the running session ends; empty if none runs or it runs until stopped. */
	public Optional<Instant> endsAt() {
		refresh();
		synchronized (this) {
			return running ? Optional.ofNullable(endsAt) : Optional.empty();
		}
	}

	public void addListener(FocusSessionListener listener) {
		listeners.add(Objects.requireNonNull(listener, "listener"));
	}

	public void removeListener(FocusSessionListener listener) {
		listeners.remove(listener);
	}

	// Lock held.
	private void claim() {
		Presence shown = new Presence(style.state(), "", endsAt, null);
		arbiter.claim(ClaimSource.FOCUS, shown, endsAt);
	}

	// Lock held.
	private Optional<FocusDigest> endIfTimeUp() {
		if (running && endsAt != null && !clock.instant().isBefore(endsAt)) {
			return Optional.of(end(endsAt));
		}
		return Optional.empty();
	}

	// Lock held. Releasing is needed even at time-up: the arbiter may not have noticed the expiry yet.
	private FocusDigest end(Instant endedAt) {
		FocusDigest digest = collector.build(startedAt, endedAt);
		running = false;
		collector = null;
		startedAt = null;
		endsAt = null;
		arbiter.release(ClaimSource.FOCUS);
		arbiter.resumeManualChoice();
		return digest;
	}

	private void tellListeners(FocusDigest digest) {
		for (FocusSessionListener listener : listeners) {
			try {
				listener.focusSessionEnded(digest);
			} catch (RuntimeException e) {
				LOG.log(Level.WARNING, "A focus session listener failed", e);
			}
		}
	}
}
