package dev.tact.core.contacts;

import java.time.Instant;
import java.util.Objects;

import dev.tact.core.address.FullJid;
import dev.tact.core.presence.Availability;
import dev.tact.core.presence.Presence;

/**
 * The presence of one of a contact's clients, as the XMPP layer raises it: which client, what it says, its XMPP
 * priority and when it arrived. An offline presence means that client left.
 */
public record ResourcePresence(FullJid from, Presence presence, int priority, Instant receivedAt) {

	public ResourcePresence {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(presence, "presence");
		Objects.requireNonNull(receivedAt, "receivedAt");
	}

	public boolean isOffline() {
		return presence.state().availability() == Availability.OFFLINE;
	}
}
