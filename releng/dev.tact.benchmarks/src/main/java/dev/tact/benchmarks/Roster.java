package dev.tact.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.tact.core.address.BareJid;
import dev.tact.core.address.FullJid;
import dev.tact.core.contacts.Contact;
import dev.tact.core.port.PeerPresenceEvent;
import dev.tact.core.presence.PresenceWire;
import dev.tact.core.presence.XmppShow;

/**
 * A large roster and the presence stanzas of a flood over it: every contact has one client ("laptop"), filed under
 * one of 50 teams. A flood sends each contact one update; floods alternate between everyone Available (plain
 * {@code show}) and everyone Away with a status note, so every update changes the contact's best presence and takes
 * the full path to the Contacts view's batch.
 */
final class Roster {

	static final int SIZE = 10_000;
	static final BareJid ME = new BareJid("me", "bench.example");
	static final PresenceWire AVAILABLE = PresenceWire.standard(XmppShow.NONE, "");
	static final PresenceWire AWAY = PresenceWire.standard(XmppShow.AWAY, "at lunch");

	private static final Instant RECEIVED = Instant.parse("2026-01-05T09:00:00Z");

	private Roster() {
	}

	static BareJid contact(int index) {
		return new BareJid("c%05d".formatted(index), "bench.example");
	}

	static List<Contact> contacts(int size) {
		List<Contact> contacts = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			contacts.add(Contact.of(contact(i), "Contact " + i, "Team " + i % 50));
		}
		return contacts;
	}

	/** One stanza per contact, all saying {@code wire}. */
	static PeerPresenceEvent[] flood(int size, PresenceWire wire) {
		PeerPresenceEvent[] events = new PeerPresenceEvent[size];
		for (int i = 0; i < size; i++) {
			events[i] = new PeerPresenceEvent(new FullJid(contact(i), "laptop"), wire, 0, RECEIVED);
		}
		return events;
	}
}
