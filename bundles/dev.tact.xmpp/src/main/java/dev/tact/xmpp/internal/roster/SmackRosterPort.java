package dev.tact.xmpp.internal.roster;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.roster.Roster;
import org.jivesoftware.smack.roster.RosterEntry;
import org.jivesoftware.smack.roster.RosterGroup;
import org.jivesoftware.smack.roster.RosterListener;
import org.jivesoftware.smack.roster.SubscribeListener.SubscribeAnswer;
import org.jivesoftware.smack.roster.packet.RosterPacket;
import org.jivesoftware.smack.roster.rosterstore.RosterStore;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.nick.packet.Nick;
import org.jxmpp.jid.Jid;

import dev.tact.core.address.BareJid;
import dev.tact.core.contacts.Contact;
import dev.tact.core.contacts.SubscriptionAnswer;
import dev.tact.core.contacts.SubscriptionRequest;
import dev.tact.core.event.Registration;
import dev.tact.core.port.RosterPort;
import dev.tact.xmpp.internal.connection.ConnectionLifecycle;
import dev.tact.xmpp.internal.connection.Jids;
import dev.tact.xmpp.internal.connection.SessionEvents;
import dev.tact.xmpp.internal.connection.SmackConnectionPort;

/**
 * {@link RosterPort} over Smack's roster. A contact's groups and name are written in one roster set, so moving,
 * copying or renaming a group is one write per changed contact. Add requests are never answered behind the user's
 * back, except the request that completes one we sent ourselves (the "add back" of someone we added).
 */
public final class SmackRosterPort implements RosterPort, ConnectionLifecycle {

	private final Path storeDir;

	private final SmackConnectionPort connections;
	private final SessionEvents events;
	private final Clock clock;
	private final Executor io;
	private final List<Consumer<Contact>> contactListeners = new CopyOnWriteArrayList<>();
	private final List<Consumer<BareJid>> removalListeners = new CopyOnWriteArrayList<>();
	private final List<Consumer<SubscriptionRequest>> requestListeners = new CopyOnWriteArrayList<>();

	/** @param io runs blocking roster calls, off the caller's thread */
	public SmackRosterPort(SmackConnectionPort connections, SessionEvents events, Clock clock, Executor io) {
		this(connections, events, clock, io, null);
	}

	/**
	 * @param storeDir where the roster is kept between logins, so the server only sends what changed (roster
	 *                 versioning, RFC 6121 §2.6); {@code null} keeps it in memory only
	 */
	public SmackRosterPort(SmackConnectionPort connections, SessionEvents events, Clock clock, Executor io, Path storeDir) {
		this.storeDir = storeDir;
		this.connections = Objects.requireNonNull(connections, "connections");
		this.events = Objects.requireNonNull(events, "events");
		this.clock = Objects.requireNonNull(clock, "clock");
		this.io = Objects.requireNonNull(io, "io");
	}

	@Override
	public CompletableFuture<Void> add(BareJid jid, String name, Set<String> groups) {
		return RosterTask.run(connections, io, "add " + jid, connection -> Roster.getInstanceFor(connection)
				.createItemAndRequestSubscription(Jids.entityBare(jid), name, groups.toArray(String[]::new)));
	}

	@Override
	public CompletableFuture<Void> remove(BareJid jid) {
		return RosterTask.run(connections, io, "remove " + jid, connection -> {
			Roster roster = Roster.getInstanceFor(connection);
			RosterEntry entry = roster.getEntry(Jids.entityBare(jid));
			if (entry != null) {
				roster.removeEntry(entry);
			}
		});
	}

	@Override
	public CompletableFuture<Void> update(Contact contact) {
		return RosterTask.run(connections, io, "update " + contact.jid(), connection -> {
			RosterPacket.Item item = new RosterPacket.Item(Jids.entityBare(contact.jid()), contact.name());
			contact.groups().forEach(item::addGroupName);
			RosterPacket set = new RosterPacket();
			set.setType(IQ.Type.set);
			set.addRosterItem(item);
			connection.sendIqRequestAndWaitForResponse(set);
		});
	}

	@Override
	public CompletableFuture<Void> answer(BareJid from, SubscriptionAnswer answer) {
		return RosterTask.run(connections, io, "answer " + from, connection -> {
			Presence.Type type = answer == SubscriptionAnswer.DECLINE ? Presence.Type.unsubscribed : Presence.Type.subscribed;
			connection.sendStanza(connection.getStanzaFactory().buildPresenceStanza().ofType(type).to(Jids.entityBare(from)).build());
			if (answer == SubscriptionAnswer.ADD_BACK) {
				Roster roster = Roster.getInstanceFor(connection);
				if (!roster.iAmSubscribedTo(Jids.entityBare(from))) {
					RosterEntry existing = roster.getEntry(Jids.entityBare(from));
					String name = existing == null ? null : existing.getName();
					roster.createItemAndRequestSubscription(Jids.entityBare(from), name, null);
				}
			}
		});
	}

	@Override
	public Collection<Contact> contacts() {
		return connections.connection().map(connection -> Roster.getInstanceFor(connection).getEntries().stream()
				.map(SmackRosterPort::toContact).filter(Objects::nonNull).toList()).orElse(List.of());
	}

	@Override
	public Registration addContactListener(Consumer<Contact> listener) {
		contactListeners.add(Objects.requireNonNull(listener, "listener"));
		return () -> contactListeners.remove(listener);
	}

	@Override
	public Registration addRemovalListener(Consumer<BareJid> listener) {
		removalListeners.add(Objects.requireNonNull(listener, "listener"));
		return () -> removalListeners.remove(listener);
	}

	@Override
	public Registration addSubscriptionRequestListener(Consumer<SubscriptionRequest> listener) {
		requestListeners.add(Objects.requireNonNull(listener, "listener"));
		return () -> requestListeners.remove(listener);
	}

	@Override
	public void created(XMPPTCPConnection connection) {
		Roster roster = Roster.getInstanceFor(connection);
		RosterStore store = storeDir == null ? null : RosterStores.openOrCreate(storeDir);
		if (store != null) {
			roster.setRosterStore(store);
		}
		roster.setSubscriptionMode(Roster.SubscriptionMode.manual);
		roster.addSubscribeListener((from, presence) -> onSubscribe(roster, from, presence));
		roster.addRosterListener(new Forwarder(roster));
	}

	private SubscribeAnswer onSubscribe(Roster roster, Jid from, Presence presence) {
		BareJid requester = Jids.bare(from);
		if (requester == null) {
			return null;
		}
		RosterEntry entry = roster.getEntry(from.asBareJid());
		if (entry != null && (entry.isSubscriptionPending() || entry.canSeeHisPresence())) {
			return SubscribeAnswer.Approve; // they answer our own request by asking back
		}
		Nick nick = presence.getExtension(Nick.QNAME) instanceof Nick n ? n : null;
		SubscriptionRequest request = new SubscriptionRequest(requester, nick == null ? "" : nick.getName(), clock.instant());
		events.post(() -> requestListeners.forEach(listener -> listener.accept(request)));
		return null; // the user answers through answer()
	}

	/**
	 * The contact a roster entry is, or null: someone we added is a contact, whatever became of our request; someone
	 * who only sees us (we answered their request with "accept only") is not, though the server keeps an entry.
	 */
	static Contact toContact(RosterEntry entry) {
		BareJid jid = Jids.bare(entry.getJid());
		if (jid == null || !isOurs(entry)) {
			return null;
		}
		Set<String> groups = new HashSet<>();
		for (RosterGroup group : entry.getGroups()) {
			groups.add(group.getName());
		}
		return new Contact(jid, entry.getName(), groups);
	}

	private static boolean isOurs(RosterEntry entry) {
		return entry.getType() != RosterPacket.ItemType.from || entry.isSubscriptionPending();
	}

	/** Raises roster pushes as contact and removal events on the session's event thread. */
	private final class Forwarder implements RosterListener {
		private final Roster roster;

		Forwarder(Roster roster) {
			this.roster = roster;
		}

		@Override
		public void entriesAdded(Collection<Jid> addresses) {
			changed(addresses);
		}

		@Override
		public void entriesUpdated(Collection<Jid> addresses) {
			changed(addresses);
		}

		@Override
		public void entriesDeleted(Collection<Jid> addresses) {
			for (Jid address : addresses) {
				BareJid jid = Jids.bare(address);
				if (jid != null) {
					events.post(() -> removalListeners.forEach(listener -> listener.accept(jid)));
				}
			}
		}

		@Override
		public void presenceChanged(Presence presence) {
			// peers' presence is the presence port's business
		}

		private void changed(Collection<Jid> addresses) {
			for (Jid address : addresses) {
				RosterEntry entry = roster.getEntry(address.asBareJid());
				Contact contact = entry == null ? null : toContact(entry);
				BareJid jid = Jids.bare(address);
				if (contact != null) {
					events.post(() -> contactListeners.forEach(listener -> listener.accept(contact)));
				} else if (jid != null) {
					events.post(() -> removalListeners.forEach(listener -> listener.accept(jid))); // no longer ours
				}
			}
		}
	}
}
