package dev.tact.core.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import dev.tact.core.address.BareJid;
import dev.tact.core.contacts.Contact;
import dev.tact.core.port.AccountPorts;
import dev.tact.core.port.RosterPort;

/**
 * Changes to one's contacts, applied to the server's roster. Groups are not objects on the server, only names on
 * contacts, so renaming or deleting a group updates every member. Every method fails fast with a readable message
 * when no account is signed in.
 */
public final class RosterEditing {

	private final ContactsModel contacts;
	private final Supplier<AccountPorts> ports;

	RosterEditing(ContactsModel contacts, Supplier<AccountPorts> ports) {
		this.contacts = contacts;
		this.ports = ports;
	}

	/** Adds {@code jid} and asks to see their presence; as the guide says, they are told about it. */
	public CompletableFuture<Void> add(BareJid jid, String name, String group) {
		return roster().thenCompose(r -> r.add(jid, name, group == null || group.isBlank() ? Set.of() : Set.of(group)));
	}

	public CompletableFuture<Void> remove(BareJid jid) {
		return roster().thenCompose(r -> r.remove(jid));
	}

	public CompletableFuture<Void> move(BareJid jid, String from, String to) {
		return roster().thenCompose(r -> r.update(contacts.roster().move(jid, from, to)));
	}

	public CompletableFuture<Void> copy(BareJid jid, String to) {
		return roster().thenCompose(r -> r.update(contacts.roster().copy(jid, to)));
	}

	public CompletableFuture<Void> renameGroup(String oldName, String newName) {
		return roster().thenCompose(r -> updateAll(r, contacts.roster().renameGroup(oldName, newName)));
	}

	public CompletableFuture<Void> deleteGroup(String name) {
		return roster().thenCompose(r -> updateAll(r, contacts.roster().deleteGroup(name)));
	}

	/** Creates an empty group, which lives locally until a contact is put in it. */
	public void createGroup(String name) {
		contacts.roster().createGroup(name);
	}

	private static CompletableFuture<Void> updateAll(RosterPort roster, List<Contact> changed) {
		List<CompletableFuture<Void>> updates = new ArrayList<>();
		for (Contact contact : changed) {
			updates.add(roster.update(contact));
		}
		return CompletableFuture.allOf(updates.toArray(CompletableFuture[]::new));
	}

	private CompletableFuture<RosterPort> roster() {
		AccountPorts current = ports.get();
		if (current == null || !current.connection().status().isConnected()) {
			return CompletableFuture.failedFuture(new IllegalStateException("Sign in to change your contacts."));
		}
		return CompletableFuture.completedFuture(current.roster());
	}
}
