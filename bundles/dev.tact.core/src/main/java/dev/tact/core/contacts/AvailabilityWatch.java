package dev.tact.core.contacts;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import dev.tact.core.address.BareJid;

/**
 * "Tell me when X is available": fires once, when a watched contact goes from any other state to Available, and then
 * forgets the watch. A contact who is already Available when the watch starts fires only after leaving and coming
 * back. Thread-safe; fires on the thread that reports the change.
 */
public final class AvailabilityWatch {

	private final Set<BareJid> watched = ConcurrentHashMap.newKeySet();
	private final Consumer<BareJid> onAvailable;

	/** {@code onAvailable} is told who became available (the alert policy decides how to show it). */
	public AvailabilityWatch(Consumer<BareJid> onAvailable) {
		this.onAvailable = Objects.requireNonNull(onAvailable, "onAvailable");
	}

	public void watch(BareJid contact) {
		watched.add(Objects.requireNonNull(contact, "contact"));
	}

	public void cancel(BareJid contact) {
		watched.remove(contact);
	}

	public boolean isWatching(BareJid contact) {
		return watched.contains(contact);
	}

	/** Feed every best-presence change here. */
	public void presenceChanged(PresenceChange change) {
		// remove() succeeds for one caller only, so concurrent updates cannot fire twice.
		if (change.becameAvailable() && watched.remove(change.contact())) {
			onAvailable.accept(change.contact());
		}
	}
}
