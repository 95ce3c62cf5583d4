package dev.tact.core.automation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dev.tact.core.presence.Claim;
import dev.tact.core.presence.ClaimSource;
import dev.tact.core.presence.Presence;
import dev.tact.core.presence.PresenceArbiter;
import dev.tact.core.presence.PresenceState;

/**
 * Away after a while without keyboard or mouse input, with the time input stopped (XEP-0319 idle) so peers see
 * "away for 12 min"; any input brings one back. The arbiter ranks Away below Busy and DND and a manual choice above
 * everything, so idleness never overrides them.
 */
public final class IdlePresence {

	private final PresenceArbiter arbiter;
	private final Clock clock;
	private volatile Duration threshold;
	private volatile Instant lastInput;

	public IdlePresence(PresenceArbiter arbiter, Clock clock, Duration threshold) {
		this.arbiter = arbiter;
		this.clock = clock;
		this.threshold = threshold;
		this.lastInput = clock.instant();
	}

	public void setThreshold(Duration newThreshold) {
		threshold = newThreshold;
		check();
	}

	/** The user typed or moved the mouse. Cheap: called for every input event. */
	public void input() {
		lastInput = clock.instant();
		if (arbiter.claimOf(ClaimSource.IDLE).isPresent()) {
			arbiter.release(ClaimSource.IDLE);
		}
	}

	/** Claims Away if the threshold passed without input; call it from a periodic timer. */
	public void check() {
		Instant since = lastInput;
		if (Duration.between(since, clock.instant()).compareTo(threshold) >= 0
				&& arbiter.claimOf(ClaimSource.IDLE).isEmpty()) {
			arbiter.claim(Claim.untilReleased(ClaimSource.IDLE, Presence.of(PresenceState.AWAY).withIdleSince(since)));
		}
	}

}
