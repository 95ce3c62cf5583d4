package dev.tact.core.contacts;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.tact.core.address.BareJid;
import dev.tact.core.presence.Presence;
import dev.tact.core.presence.PresenceState;

/**
 * The presence of every client of every contact, and each contact's best presence by {@link BestPresenceRule}.
 * Fed by the XMPP layer; each update that changes what the Contacts view shows is returned as a
 * {@link PresenceChange} for the caller to pass to a {@link ContactChangeFeed} and an {@link AvailabilityWatch}.
 * Thread-safe.
 */
public final class ContactPresences {

	private static final Presence OFFLINE = Presence.of(PresenceState.OFFLINE);

	private final Map<BareJid, Map<String, ResourcePresence>> byContact = new HashMap<>();

	/** Applies one client's presence; returns the change of the contact's best presence, if it changed. */
	public synchronized Optional<PresenceChange> update(ResourcePresence update) {
		Objects.requireNonNull(update, "update");
		BareJid contact = update.from().bare();
		Presence before = bestOf(contact);
		Map<String, ResourcePresence> resources = byContact.computeIfAbsent(contact, k -> new HashMap<>());
		if (update.isOffline()) {
			resources.remove(update.from().resource());
			if (resources.isEmpty()) {
				byContact.remove(contact);
			}
		} else {
			resources.put(update.from().resource(), update);
		}
		Presence after = bestOf(contact);
		return before.equals(after) ? Optional.empty() : Optional.of(new PresenceChange(contact, before, after));
	}

	/** The contact's best presence; offline if no client is online. */
	public synchronized Presence best(BareJid contact) {
		return bestOf(contact);
	}

	/** The client whose presence speaks for the contact, if any is online. */
	public synchronized Optional<ResourcePresence> bestResource(BareJid contact) {
		Map<String, ResourcePresence> resources = byContact.get(contact);
		if (resources == null) {
			return Optional.empty();
		}
		return resources.values().stream().min(BestPresenceRule.BEST_FIRST);
	}

	/** Our connection dropped: every contact is offline until their presence arrives again. */
	public synchronized void clear() {
		byContact.clear();
	}

	private Presence bestOf(BareJid contact) {
		return bestResource(contact).map(ResourcePresence::presence).orElse(OFFLINE);
	}
}
