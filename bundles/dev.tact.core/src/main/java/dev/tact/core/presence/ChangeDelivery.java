package dev.tact.core.presence;

import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Delivers effective-presence changes to listeners in the order they happened, each exactly once, without holding
 * the arbiter's lock. One thread delivers at a time; a change queued while another thread is delivering (or by a
 * listener itself) is delivered by that thread after the current one, so listeners never see changes out of order
 * and may call back into the arbiter.
 */
final class ChangeDelivery {

	private static final System.Logger LOG = System.getLogger(ChangeDelivery.class.getName());

	private record Change(Presence previous, Presence current) {
	}

	private final List<EffectivePresenceListener> listeners = new CopyOnWriteArrayList<>();
	private final Queue<Change> pending = new ArrayDeque<>();
	private boolean delivering;

	void add(EffectivePresenceListener listener) {
		listeners.add(listener);
	}

	void remove(EffectivePresenceListener listener) {
		listeners.remove(listener);
	}

	synchronized void enqueue(Presence previous, Presence current) {
		pending.add(new Change(previous, current));
	}

	void deliverPending() {
		synchronized (this) {
			if (delivering) {
				return;
			}
			delivering = true;
		}
		boolean drained = false;
		try {
			Change change;
			while ((change = nextOrFinish()) != null) {
				tellListeners(change);
			}
			drained = true;
		} finally {
			if (!drained) {
				synchronized (this) {
					delivering = false;
				}
			}
		}
	}

	private synchronized Change nextOrFinish() {
		Change change = pending.poll();
		if (change == null) {
			delivering = false;
		}
		return change;
	}

	private void tellListeners(Change change) {
		for (EffectivePresenceListener listener : listeners) {
			try {
				listener.effectivePresenceChanged(change.previous(), change.current());
			} catch (RuntimeException e) {
				// One faulty listener must not keep the others (the XMPP publisher, the status bar) from hearing it.
				LOG.log(Level.WARNING, "A presence listener failed", e);
			}
		}
	}
}
