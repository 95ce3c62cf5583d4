package dev.tact.ui.internal.runtime;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.tact.core.address.BareJid;
import dev.tact.core.alert.AlertDecision;
import dev.tact.core.alert.AlertEvent;
import dev.tact.core.alert.EventKind;
import dev.tact.core.port.NotificationSink;

/**
 * Counts messages not yet read, per sender: every message the alert policy saw counts, whether it popped up or was
 * only queued, and opening the conversation clears the count. The Contacts view shows it as a badge.
 */
public final class UnreadMessages implements NotificationSink {

	private final Map<BareJid, Integer> counts = new ConcurrentHashMap<>();
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	@Override
	public void alert(AlertEvent event, AlertDecision decision, List<String> quickReplies) {
		if (event.kind() == EventKind.MESSAGE && decision.badge()) {
			counts.merge(event.from(), 1, Integer::sum);
			listeners.forEach(Runnable::run);
		}
	}

	public void markRead(BareJid contact) {
		if (counts.remove(contact) != null) {
			listeners.forEach(Runnable::run);
		}
	}

	public Map<BareJid, Integer> snapshot() {
		return Map.copyOf(counts);
	}

	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}
}
