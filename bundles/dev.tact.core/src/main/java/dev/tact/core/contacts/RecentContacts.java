package dev.tact.core.contacts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.tact.core.address.BareJid;

/**
 * The Recent Contacts group: the last people you talked with, most recent first. It fills itself from
 * conversations; it is not a roster group and nobody can be added to it by hand. Thread-safe.
 */
public final class RecentContacts {

	/** The reserved group name; {@link ContactList} refuses it for roster groups. */
	public static final String GROUP_NAME = "Recent Contacts";

	private final int capacity;
	// Access order: the most recently touched entry is last.
	private final LinkedHashMap<BareJid, Boolean> recent;

	public RecentContacts(int capacity) {
		if (capacity < 1) {
			throw new IllegalArgumentException("Recent Contacts needs room for at least one contact");
		}
		this.capacity = capacity;
		this.recent = new LinkedHashMap<>(16, 0.75f, true);
	}

	/** We exchanged a message with {@code jid}: they move to the top. */
	public synchronized void talkedWith(BareJid jid) {
		recent.put(Objects.requireNonNull(jid, "jid"), Boolean.TRUE);
		if (recent.size() > capacity) {
			Map.Entry<BareJid, Boolean> eldest = recent.entrySet().iterator().next();
			recent.remove(eldest.getKey());
		}
	}

	/** Removes someone, e.g. when the user deletes them or clears the list. */
	public synchronized void forget(BareJid jid) {
		recent.remove(jid);
	}

	/** The recent contacts, most recent first. */
	public synchronized List<BareJid> mostRecentFirst() {
		List<BareJid> list = new ArrayList<>(recent.keySet());
		return List.copyOf(list.reversed());
	}
}
