package dev.tact.core.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.tact.core.address.BareJid;
import dev.tact.core.address.FullJid;
import dev.tact.core.presence.Presence;
import dev.tact.core.presence.PresenceState;

class ContactPresencesTest {

	private static final BareJid DANA = BareJid.parse("dana@example.org");
	private static final Instant T0 = Instant.parse("2025-03-10T09:00:00Z");

	private final ContactPresences presences = new ContactPresences();

	private static ResourcePresence from(String resource, PresenceState state, int priority, int second) {
		return new ResourcePresence(FullJid.parse("dana@example.org/" + resource), Presence.of(state), priority,
				T0.plusSeconds(second));
	}

	@Test
	void mostAvailableClientWinsOverHigherPriority() {
		presences.update(from("phone", PresenceState.AWAY, 10, 1));
		presences.update(from("laptop", PresenceState.AVAILABLE, 0, 2));
		assertEquals(PresenceState.AVAILABLE, presences.best(DANA).state());
	}

	@Test
	void onEqualAvailabilityHigherPriorityThenMostRecentWins() {
		presences.update(from("laptop", PresenceState.BUSY, 5, 1));
		presences.update(from("desktop", PresenceState.IN_A_CALL, 1, 2));
		assertEquals(PresenceState.BUSY, presences.best(DANA).state());
		presences.update(from("tablet", PresenceState.DEBUGGING, 5, 3));
		assertEquals(PresenceState.DEBUGGING, presences.best(DANA).state());
	}

	@Test
	void contactOnlineFromSeveralClientsIsNotOfflineWhenOneLeaves() {
		presences.update(from("laptop", PresenceState.AVAILABLE, 0, 1));
		presences.update(from("phone", PresenceState.AWAY, 0, 2));
		var change = presences.update(from("laptop", PresenceState.OFFLINE, 0, 3)).orElseThrow();
		assertEquals(PresenceState.AWAY, change.after().state());
		presences.update(from("phone", PresenceState.OFFLINE, 0, 4));
		assertEquals(PresenceState.OFFLINE, presences.best(DANA).state());
	}

	@Test
	void updateThatDoesNotChangeTheBestPresenceReportsNoChange() {
		presences.update(from("laptop", PresenceState.AVAILABLE, 5, 1));
		assertTrue(presences.update(from("phone", PresenceState.AWAY, 0, 2)).isEmpty());
	}
}
