package dev.tact.core.contacts;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import dev.tact.core.address.BareJid;

/**
 * A roster entry: the contact's address, the name the user gave them, and the groups they are filed under (none
 * means the UI shows them under "Other Contacts").
 */
public record Contact(BareJid jid, String name, Set<String> groups) {

	public Contact {
		Objects.requireNonNull(jid, "jid");
		name = name == null || name.isBlank() ? jid.toString() : name.strip();
		groups = groups == null ? Set.of() : Collections.unmodifiableSet(cleanGroupNames(groups));
	}

	public static Contact of(BareJid jid, String name, String... groups) {
		return new Contact(jid, name, new HashSet<>(Arrays.asList(groups)));
	}

	public Contact withGroups(Set<String> newGroups) {
		return new Contact(jid, name, newGroups);
	}

	public boolean isIn(String group) {
		return groups.contains(group);
	}

	private static Set<String> cleanGroupNames(Set<String> raw) {
		Set<String> clean = new TreeSet<>();
		for (String group : raw) {
			if (group != null && !group.isBlank()) {
				clean.add(group.strip());
			}
		}
		return clean;
	}
}
