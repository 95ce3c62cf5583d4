package dev.tact.core.automation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import dev.tact.core.port.DesktopIdlePort;
import dev.tact.core.presence.Claim;
import dev.tact.core.presence.ClaimSource;
import dev.tact.core.presence.Presence;
import dev.tact.core.presence.PresenceArbiter;
import dev.tact.core.presence.PresenceState;

/**
 * Away when the person is away, not when the IDE is in the background: after a while without keyboard or mouse
 * input anywhere on the desktop (the {@link DesktopIdlePort}), or at once when the screen is locked; with the time
 * input stopped (XEP-0319 idle) so peers see "away for 12 min". Input brings one back. Only when the desktop tells
 * nothing does input inside the IDE count instead. The arbiter ranks Away below Busy and DND and a manual choice
 * above everything, so idleness never overrides them. Thread-safe.
 */
public final class IdlePresence {

	private final PresenceArbiter arbiter;
	private final Clock clock;
	private final DesktopIdlePort desktop;
	private volatile Duration threshold;
	private volatile Instant lastInput;

	public IdlePresence(PresenceArbiter arbiter, Clock clock, Duration threshold, DesktopIdlePort desktop) {
		this.arbiter = arbiter;
		this.clock = clock;
		this.threshold = threshold;
		this.desktop = desktop;
		this.lastInput = clock.instant();
	}

	public void setThreshold(Duration newThreshold) {
		threshold = newThreshold;
		check();
	}

	/** Input inside the IDE. Cheap: called for every input event. */
	public void input() {
		lastInput = clock.instant();
		if (arbiter.claimOf(ClaimSource.IDLE).isPresent()) {
			arbiter.release(ClaimSource.IDLE);
		}
	}

	/** Claims or releases Away from what the desktop says now; call it from a periodic timer, off the UI thread. */
	public void check() {
		Instant now = clock.instant();
		Optional<Duration> desktopIdle = desktop.idleTime();
		Duration idle = desktopIdle.orElseGet(() -> Duration.between(lastInput, now));
		boolean away = desktop.isLocked() || idle.compareTo(threshold) >= 0;
		boolean claiming = arbiter.claimOf(ClaimSource.IDLE).isPresent();
		if (away && !claiming) {
			Instant since = now.minus(idle);
			arbiter.claim(Claim.untilReleased(ClaimSource.IDLE, Presence.of(PresenceState.AWAY).withIdleSince(since)));
		} else if (!away && claiming && desktopIdle.isPresent()) {
			arbiter.release(ClaimSource.IDLE); // input elsewhere on the desktop
		}
	}
}
