package dev.tact.core.contacts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.tact.core.address.BareJid;

/**
 * The user's contacts and their groups, as the Contacts view shows them. Every change returns the contacts whose
 * groups changed, so the caller can pass them to the roster port. The Recent Contacts group is not a roster group:
 * its name is reserved and nobody can be filed under it (see {@link RecentContacts}). Thread-safe.
 */
public final class ContactList {

	private final Map<BareJid, Contact> contacts = new HashMap<>();
	/** Groups the user created that may still be empty; groups with members exist through their members. */
	private final Set<String> emptyGroups = new HashSet<>();

	/**
	 * Adds or replaces a roster entry as the roster arrives or changes on the server. The server is the truth here:
	 * its groups are taken as they are, even a group another client named "Recent Contacts".
	 */
	public synchronized void put(Contact contact) {
		contacts.put(contact.jid(), Objects.requireNonNull(contact, "contact"));
	}

	public synchronized Optional<Contact> remove(BareJid jid) {
		return Optional.ofNullable(contacts.remove(jid));
	}

	public synchronized Optional<Contact> find(BareJid jid) {
		return Optional.ofNullable(contacts.get(jid));
	}

	public synchronized List<Contact> all() {
		return List.copyOf(contacts.values());
	}

	/** Every roster group, sorted, including empty ones the user created. */
	public synchronized List<String> groups() {
		Set<String> names = new TreeSet<>(emptyGroups);
		contacts.values().forEach(c -> names.addAll(c.groups()));
		return List.copyOf(names);
	}

	/** The contacts filed under {@code group}, by name. */
	public synchronized List<Contact> members(String group) {
		List<Contact> members = new ArrayList<>();
		for (Contact contact : contacts.values()) {
			if (contact.isIn(group)) {
				members.add(contact);
			}
		}
		members.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
		return members;
	}

	public synchronized void createGroup(String name) {
		String group = requireRosterGroup(name);
		if (!groups().contains(group)) {
			emptyGroups.add(group);
		}
	}

	/** Renames a group for all its members; returns the members, now under the new name. */
	public synchronized List<Contact> renameGroup(String oldName, String newName) {
		String target = requireRosterGroup(newName);
		if (emptyGroups.remove(oldName)) {
			emptyGroups.add(target);
		}
		List<Contact> changed = new ArrayList<>();
		for (Contact contact : members(oldName)) {
			Set<String> groups = new HashSet<>(contact.groups());
			groups.remove(oldName);
			groups.add(target);
			changed.add(update(contact.withGroups(groups)));
		}
		return changed;
	}

	/**
	 * Deletes a group. Its members are not removed from the roster: they keep their other groups, or show under
	 * "Other Contacts" if it was their only one. Returns the members whose groups changed.
	 */
	public synchronized List<Contact> deleteGroup(String name) {
		emptyGroups.remove(name);
		List<Contact> changed = new ArrayList<>();
		for (Contact contact : members(name)) {
			Set<String> groups = new HashSet<>(contact.groups());
			groups.remove(name);
			changed.add(update(contact.withGroups(groups)));
		}
		return changed;
	}

	/** Moves a contact from one group to another (a drag in the Contacts view). */
	public synchronized Contact move(BareJid jid, String from, String to) {
		String target = requireRosterGroup(to);
		Contact contact = require(jid);
		Set<String> groups = new HashSet<>(contact.groups());
		groups.remove(from);
		groups.add(target);
		emptyGroups.remove(target);
		return update(contact.withGroups(groups));
	}

	/** Files a contact under one more group, keeping the others (a copy in the Contacts view). */
	public synchronized Contact copy(BareJid jid, String to) {
		String target = requireRosterGroup(to);
		Contact contact = require(jid);
		Set<String> groups = new HashSet<>(contact.groups());
		groups.add(target);
		emptyGroups.remove(target);
		return update(contact.withGroups(groups));
	}

	private Contact update(Contact contact) {
		contacts.put(contact.jid(), contact);
		return contact;
	}

	private Contact require(BareJid jid) {
		Contact contact = contacts.get(Objects.requireNonNull(jid, "jid"));
		if (contact == null) {
			throw new IllegalArgumentException(jid + " is not in your contacts");
		}
		return contact;
	}

	private static String requireRosterGroup(String name) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("A group needs a name");
		}
		String group = name.strip();
		if (RecentContacts.GROUP_NAME.equalsIgnoreCase(group)) {
			throw new IllegalArgumentException(
					"Recent Contacts fills itself with the people you talked with; choose another group");
		}
		return group;
	}
}
