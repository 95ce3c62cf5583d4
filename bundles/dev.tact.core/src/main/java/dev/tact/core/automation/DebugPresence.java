package dev.tact.core.automation;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import dev.tact.core.time.TaskScheduler;
import dev.tact.core.presence.Claim;
import dev.tact.core.presence.ClaimSource;
import dev.tact.core.presence.Presence;
import dev.tact.core.presence.PresenceArbiter;
import dev.tact.core.presence.PresenceState;

/**
 * "Busy – Debugging" while debug sessions run. Several sessions count as one; when the last ends, the claim is
 * released after a grace period so quick relaunches do not flap one's presence. With {@code suspendedOnly}, only a
 * session stopped at a breakpoint counts. The claim lives only in memory, so a crashed IDE never restarts Busy.
 */
public final class DebugPresence {


	private final PresenceArbiter arbiter;
	private final TaskScheduler scheduler;
	private volatile Duration grace;
	private final Set<Object> running = new HashSet<>();
	private final Set<Object> suspended = new HashSet<>();
	private boolean suspendedOnly;
	private long generation;

	public DebugPresence(PresenceArbiter arbiter, TaskScheduler scheduler, Duration grace) {
		this.arbiter = arbiter;
		this.scheduler = scheduler;
		this.grace = grace;
	}

	/** Changes how long Busy lasts after the last session ends. */
	public void setGrace(Duration newGrace) {
		grace = newGrace;
	}

	/** Whether only sessions suspended at a breakpoint count (a preference). */
	public synchronized void setSuspendedOnly(boolean onlySuspended) {
		suspendedOnly = onlySuspended;
		update();
	}

	public synchronized void sessionStarted(Object session) {
		running.add(session);
		update();
	}

	public synchronized void sessionEnded(Object session) {
		running.remove(session);
		suspended.remove(session);
		update();
	}

	public synchronized void suspended(Object session) {
		if (running.contains(session)) {
			suspended.add(session);
			update();
		}
	}

	public synchronized void resumed(Object session) {
		suspended.remove(session);
		update();
	}

	/** Whether the debugger currently claims Busy (after any grace period). */
	public boolean isClaiming() {
		return arbiter.claimOf(ClaimSource.DEBUGGER).isPresent();
	}

	private void update() {
		boolean active = suspendedOnly ? !suspended.isEmpty() : !running.isEmpty();
		long current = ++generation;
		if (active) {
			if (!isClaiming()) {
				arbiter.claim(Claim.untilReleased(ClaimSource.DEBUGGER, Presence.of(PresenceState.DEBUGGING)));
			}
		} else if (isClaiming()) {
			scheduler.schedule(grace, () -> releaseIfStill(current));
		}
	}

	private synchronized void releaseIfStill(long scheduledAt) {
		if (generation == scheduledAt) {
			arbiter.release(ClaimSource.DEBUGGER);
		}
	}
}
