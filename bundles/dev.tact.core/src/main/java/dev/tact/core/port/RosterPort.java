package dev.tact.core.port;

import dev.tact.core.event.Registration;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import dev.tact.core.address.BareJid;
import dev.tact.core.contacts.Contact;
import dev.tact.core.contacts.SubscriptionAnswer;
import dev.tact.core.contacts.SubscriptionRequest;

/**
 * The server-side contact list. Group moves, copies, renames and deletes are computed by
 * {@link dev.tact.core.contacts.ContactList} and written back here as each changed contact's new set of groups.
 */
public interface RosterPort {

	/** Adds a contact and asks to see their presence; the person is told (the guide says so). */
	CompletableFuture<Void> add(BareJid jid, String name, Set<String> groups);

	CompletableFuture<Void> remove(BareJid jid);

	/** Replaces the groups {@code contact} is filed under with {@code contact.groups()}, and its name. */
	CompletableFuture<Void> update(Contact contact);

	/** Answers an incoming add request. */
	CompletableFuture<Void> answer(BareJid from, SubscriptionAnswer answer);

	/** The whole roster as last received. */
	Collection<Contact> contacts();

	/** Hears roster pushes: added or changed contacts. */
	Registration addContactListener(Consumer<Contact> listener);

	/** Hears removed contacts. */
	Registration addRemovalListener(Consumer<BareJid> listener);

	/** Hears incoming add requests. */
	Registration addSubscriptionRequestListener(Consumer<SubscriptionRequest> listener);
}
