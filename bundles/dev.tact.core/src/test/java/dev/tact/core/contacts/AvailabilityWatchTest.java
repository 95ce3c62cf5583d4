package dev.tact.core.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tact.core.address.BareJid;
import dev.tact.core.presence.Presence;
import dev.tact.core.presence.PresenceState;

class AvailabilityWatchTest {

	private static final BareJid DANA = BareJid.parse("dana@example.org");

	private final List<BareJid> told = new ArrayList<>();
	private final AvailabilityWatch watch = new AvailabilityWatch(told::add);

	private static PresenceChange change(PresenceState before, PresenceState after) {
		return new PresenceChange(DANA, Presence.of(before), Presence.of(after));
	}

	@Test
	void firesOnceWhenBusyContactBecomesAvailableThenClears() {
		watch.watch(DANA);
		watch.presenceChanged(change(PresenceState.BUSY, PresenceState.IN_A_CALL));
		watch.presenceChanged(change(PresenceState.IN_A_CALL, PresenceState.AVAILABLE));
		watch.presenceChanged(change(PresenceState.AWAY, PresenceState.AVAILABLE));
		assertEquals(List.of(DANA), told);
		assertFalse(watch.isWatching(DANA));
	}

	@Test
	void unwatchedOrCancelledContactNeverFires() {
		watch.presenceChanged(change(PresenceState.OFFLINE, PresenceState.AVAILABLE));
		watch.watch(DANA);
		watch.cancel(DANA);
		watch.presenceChanged(change(PresenceState.OFFLINE, PresenceState.AVAILABLE));
		assertEquals(List.of(), told);
	}
}
