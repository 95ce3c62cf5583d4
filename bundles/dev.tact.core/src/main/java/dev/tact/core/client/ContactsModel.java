package dev.tact.core.client;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import dev.tact.core.address.BareJid;
import dev.tact.core.contacts.AvailabilityWatch;
import dev.tact.core.contacts.Contact;
import dev.tact.core.contacts.ContactChangeFeed;
import dev.tact.core.contacts.ContactList;
import dev.tact.core.contacts.ContactPresences;
import dev.tact.core.contacts.Familiarity;
import dev.tact.core.contacts.PendingAddRequests;
import dev.tact.core.contacts.RecentContacts;
import dev.tact.core.contacts.SubscriptionRequest;
import dev.tact.core.contacts.TalkFrequency;
import dev.tact.core.event.Listeners;
import dev.tact.core.event.Registration;
import dev.tact.core.port.PeerPresenceEvent;
import dev.tact.core.presence.PeerPresenceInterpreter;
import dev.tact.core.presence.Presence;

/**
 * The Contacts view's model: the roster with its groups, each contact's best presence, Recent Contacts, pending
 * add requests and "tell me when available" watches. Changes reach listeners in coalesced batches, so a burst of
 * presence updates costs the view a handful of refreshes.
 */
public final class ContactsModel {

	private static final int RECENT_CAPACITY = 10;

	private final ContactList roster = new ContactList();
	private final ContactPresences presences = new ContactPresences();
	private final PeerPresenceInterpreter interpreter = new PeerPresenceInterpreter();
	private final RecentContacts recent = new RecentContacts(RECENT_CAPACITY);
	private final PendingAddRequests pending = new PendingAddRequests();
	private final ContactChangeFeed feed;
	private final AvailabilityWatch watch;
	private final Listeners<BareJid> becameAvailable = new Listeners<>("a became-available listener");

	private final TalkFrequency frequency;

	ContactsModel(ContactChangeFeed feed, Consumer<BareJid> becameAvailable, ZoneId zone) {
		this.feed = feed;
		this.frequency = new TalkFrequency(zone);
		this.watch = new AvailabilityWatch(becameAvailable);
	}

	/** Listens to batches of changed contacts (roster, presence, requests); each contact appears once per batch. */
	public void addBatchListener(Consumer<Set<BareJid>> listener) {
		feed.addListener(listener);
	}

	public void removeBatchListener(Consumer<Set<BareJid>> listener) {
		feed.removeListener(listener);
	}

	public List<Contact> contacts() {
		return roster.all();
	}

	/** What to call {@code jid}: the contact's name, or the address for someone not in the contacts. */
	public String nameOf(BareJid jid) {
		return contacts().stream().filter(c -> c.jid().equals(jid)).map(Contact::name).findFirst().orElse(jid.toString());
	}

	/** Whether {@code jid} is in the user's contacts; anyone else who writes is a stranger. */
	public boolean isContact(BareJid jid) {
		return roster.find(jid).isPresent();
	}

	public List<String> groups() {
		return roster.groups();
	}

	public List<Contact> members(String group) {
		return roster.members(group);
	}

	public Presence presenceOf(BareJid contact) {
		return presences.best(contact);
	}

	/** People talked with lately, most recent first (the Recent Contacts group). */
	public List<BareJid> recent() {
		return recent.mostRecentFirst();
	}

	public List<SubscriptionRequest> pendingRequests() {
		return pending.pending();
	}

	/** "Tell me when available": fires once when {@code contact} next becomes Available. */
	public void watch(BareJid contact) {
		watch.watch(contact);
	}

	/** Hears every contact who becomes Available (green) from any other state; "tell me when" or not. */
	public Registration addBecameAvailableListener(Consumer<BareJid> listener) {
		return becameAvailable.add(listener);
	}

	public boolean isWatched(BareJid contact) {
		return watch.isWatching(contact);
	}

	ContactList roster() {
		return roster;
	}

	void rosterChanged(Contact contact) {
		roster.put(contact);
		feed.changed(contact.jid());
	}

	void rosterRemoved(BareJid jid) {
		roster.remove(jid);
		feed.changed(jid);
	}

	void peerPresence(PeerPresenceEvent event) {
		presences.update(event.interpret(interpreter)).ifPresent(change -> {
			watch.presenceChanged(change);
			feed.changed(change.contact());
			if (change.becameAvailable()) {
				becameAvailable.tell(change.contact());
			}
		});
	}

	void requestReceived(SubscriptionRequest request) {
		if (pending.received(request)) {
			feed.changed(request.from());
		}
	}

	void requestAnswered(BareJid from) {
		pending.resolved(from);
		feed.changed(from);
	}

	/** How often we talk with {@code contact}: the guide's "someone you work with frequently". */
	public Familiarity familiarity(BareJid contact, Instant now) {
		return frequency.familiarity(contact, now);
	}

	TalkFrequency frequency() {
		return frequency;
	}


	/** A message was exchanged with {@code contact} at {@code when} (live, from the archive, or kept locally). */
	void exchanged(BareJid contact, Instant when) {
		frequency.talkedWith(contact, when);
	}

	void talkedWith(BareJid contact) {
		recent.talkedWith(contact);
		feed.changed(contact);
	}

	void wentOffline() {
		presences.clear();
		for (Contact contact : roster.all()) {
			feed.changed(contact.jid());
		}
	}
}
