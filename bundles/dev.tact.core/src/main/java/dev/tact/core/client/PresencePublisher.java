package dev.tact.core.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import dev.tact.core.port.PresencePort;
import dev.tact.core.time.TaskScheduler;
import dev.tact.core.presence.EffectivePresenceListener;
import dev.tact.core.presence.OwnPresenceEncoder;
import dev.tact.core.presence.Presence;
import dev.tact.core.presence.PresenceArbiter;

/**
 * Keeps what peers see in step with the arbiter: publishes the effective presence whenever it changes and the
 * account is online, and wakes the arbiter when a claim expires so "reset after 1 hour" really resets.
 */
final class PresencePublisher implements EffectivePresenceListener {

	private final PresenceArbiter arbiter;
	private final Clock clock;
	private final TaskScheduler scheduler;
	private final AtomicReference<OwnPresenceEncoder> encoder;
	private final AtomicReference<PresencePort> port = new AtomicReference<>();
	private final AtomicReference<Instant> scheduledWake = new AtomicReference<>();

	PresencePublisher(PresenceArbiter arbiter, Clock clock, TaskScheduler scheduler, OwnPresenceEncoder encoder) {
		this.arbiter = arbiter;
		this.clock = clock;
		this.scheduler = scheduler;
		this.encoder = new AtomicReference<>(encoder);
		arbiter.addListener(this);
	}

	/** Starts publishing through {@code presencePort} (the account came online), beginning with the current state. */
	void online(PresencePort presencePort) {
		port.set(presencePort);
		publish(arbiter.effective());
		scheduleNextExpiry();
	}

	/** Stops publishing (the account went offline); the arbiter keeps working locally. */
	void offline() {
		port.set(null);
	}

	/** Changes what automatic states reveal, and republishes. */
	void setEncoder(OwnPresenceEncoder newEncoder) {
		encoder.set(newEncoder);
		publish(arbiter.effective());
	}

	@Override
	public void effectivePresenceChanged(Presence previous, Presence current) {
		publish(current);
		scheduleNextExpiry();
	}

	private void publish(Presence presence) {
		PresencePort target = port.get();
		if (target != null) {
			target.publish(encoder.get().encode(presence));
		}
	}

	private void scheduleNextExpiry() {
		arbiter.nextExpiry().ifPresent(expiry -> {
			Instant previous = scheduledWake.get();
			if (previous != null && !previous.isAfter(expiry) && previous.isAfter(clock.instant())) {
				return; // an earlier or equal wake-up is already pending
			}
			scheduledWake.set(expiry);
			Duration delay = Duration.between(clock.instant(), expiry);
			scheduler.schedule(delay.isNegative() ? Duration.ZERO : delay, () -> {
				scheduledWake.compareAndSet(expiry, null);
				arbiter.refresh();
				scheduleNextExpiry();
			});
		});
	}
}
