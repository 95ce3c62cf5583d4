package dev.tact.core.presence;

import java.util.ArrayList;
import java.util.List;

/** Remembers every change an arbiter reports, in order. */
final class RecordingListener implements EffectivePresenceListener {

	record Change(Presence previous, Presence current) {
	}

	private final List<Change> changes = new ArrayList<>();

	@Override
	public synchronized void effectivePresenceChanged(Presence previous, Presence current) {
		changes.add(new Change(previous, current));
	}

	synchronized List<Change> changes() {
		return List.copyOf(changes);
	}

	synchronized List<PresenceState> states() {
		return changes.stream().map(change -> change.current().state()).toList();
	}
}
