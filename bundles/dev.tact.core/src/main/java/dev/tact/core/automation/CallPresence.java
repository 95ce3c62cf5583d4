package dev.tact.core.automation;

import java.time.Duration;

import dev.tact.core.port.MicrophoneUse;
import dev.tact.core.presence.Claim;
import dev.tact.core.presence.ClaimSource;
import dev.tact.core.presence.Presence;
import dev.tact.core.presence.PresenceArbiter;
import dev.tact.core.presence.PresenceState;
import dev.tact.core.time.TaskScheduler;

/**
 * "Busy – In a Call" while another application captures from the microphone (the guide: "When you are on the phone,
 * your status is automatically set to Busy and shows 'In a Call'"). When the microphone is released the claim goes
 * after a grace period, so a dropped and re-joined call does not flap one's presence. The application's name is
 * shown to others only when the user allows it. The claim lives only in memory: a crashed IDE never restarts In a
 * Call. Thread-safe; the microphone port calls it on its own thread.
 */
public final class CallPresence {

	/** Long enough to re-join a dropped call, short enough that one is soon Available after hanging up. */
	public static final Duration DEFAULT_GRACE = Duration.ofSeconds(5);

	private final PresenceArbiter arbiter;
	private final TaskScheduler scheduler;
	private final Duration grace;
	private boolean enabled = true;
	private boolean revealApplication;
	private MicrophoneUse current = MicrophoneUse.FREE;
	private long generation;

	public CallPresence(PresenceArbiter arbiter, TaskScheduler scheduler, Duration grace) {
		this.arbiter = arbiter;
		this.scheduler = scheduler;
		this.grace = grace;
	}

	/** Whether a microphone in use counts as a call at all (a preference). Turning it off ends a call claim now. */
	public synchronized void setEnabled(boolean on) {
		enabled = on;
		if (!on) {
			generation++;
			arbiter.release(ClaimSource.CALL);
		} else {
			update();
		}
	}

	/** Whether others see which application holds the microphone ("In a call — Zoom"); a preference. */
	public synchronized void setRevealApplication(boolean reveal) {
		if (revealApplication != reveal) {
			revealApplication = reveal;
			if (isClaiming()) {
				claim();
			}
		}
	}

	/** What the microphone port reports: the current use, on every change. */
	public synchronized void microphone(MicrophoneUse use) {
		boolean changed = !use.equals(current);
		current = use;
		if (changed) {
			update();
		}
	}

	/** Whether a call is claimed right now (during the grace period too). */
	public boolean isClaiming() {
		return arbiter.claimOf(ClaimSource.CALL).isPresent();
	}

	private void update() {
		long now = ++generation;
		if (enabled && current.inUse()) {
			claim();
		} else if (isClaiming()) {
			scheduler.schedule(grace, () -> releaseIfStill(now));
		}
	}

	private void claim() {
		String note = revealApplication ? current.application() : "";
		Presence inACall = Presence.of(PresenceState.IN_A_CALL, note);
		if (!arbiter.claimOf(ClaimSource.CALL).map(Claim::presence).filter(inACall::equals).isPresent()) {
			arbiter.claim(Claim.untilReleased(ClaimSource.CALL, inACall));
		}
	}

	private synchronized void releaseIfStill(long scheduledAt) {
		if (generation == scheduledAt) {
			arbiter.release(ClaimSource.CALL);
		}
	}
}
