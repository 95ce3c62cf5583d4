package dev.tact.core.port;

import java.time.Instant;
import java.util.Objects;

import dev.tact.core.address.FullJid;
import dev.tact.core.contacts.ResourcePresence;
import dev.tact.core.presence.PeerPresenceInterpreter;
import dev.tact.core.presence.PresenceWire;

/**
 * A presence stanza from one client of a contact, as received: core interprets the wire form, so that every Tact
 * state and standard client is read the same way.
 */
public record PeerPresenceEvent(FullJid from, PresenceWire wire, int priority, Instant receivedAt) {

	public PeerPresenceEvent {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(wire, "wire");
		Objects.requireNonNull(receivedAt, "receivedAt");
	}

	/** The event as the contacts model keeps it. */
	public ResourcePresence interpret(PeerPresenceInterpreter interpreter) {
		return new ResourcePresence(from, interpreter.interpret(wire), priority, receivedAt);
	}
}
