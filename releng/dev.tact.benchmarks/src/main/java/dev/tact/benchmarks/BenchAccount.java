package dev.tact.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.ChatState;
import dev.tact.core.chat.DeliveryState;
import dev.tact.core.chat.MessageId;
import dev.tact.core.chat.OutgoingMessage;
import dev.tact.core.contacts.Contact;
import dev.tact.core.contacts.SubscriptionAnswer;
import dev.tact.core.contacts.SubscriptionRequest;
import dev.tact.core.port.AccountPorts;
import dev.tact.core.port.AccountSettings;
import dev.tact.core.port.ChatListener;
import dev.tact.core.port.ChatPort;
import dev.tact.core.port.ConnectionPort;
import dev.tact.core.port.ConnectionState;
import dev.tact.core.port.ConnectionStatus;
import dev.tact.core.port.DirectorySearchPort;
import dev.tact.core.port.FileSharingPort;
import dev.tact.core.port.GroupChatPort;
import dev.tact.core.port.PeerPresenceEvent;
import dev.tact.core.port.PresencePort;
import dev.tact.core.event.Registration;
import dev.tact.core.port.RosterPort;
import dev.tact.core.presence.PresenceWire;

/**
 * A connected account that lives in memory: it hands {@link dev.tact.core.client.TactClient} a roster and lets the
 * benchmark deliver presence stanzas as the XMPP layer would. Single-threaded on purpose (plain lists, indexed
 * loops), so the harness adds neither locks nor allocation to what is measured.
 */
final class BenchAccount implements AccountPorts, ConnectionPort, RosterPort, PresencePort, ChatPort {

	private final NoRooms rooms = new NoRooms();
	private final List<Contact> roster;
	private final List<Consumer<PeerPresenceEvent>> presenceListeners = new ArrayList<>();

	BenchAccount(List<Contact> roster) {
		this.roster = List.copyOf(roster);
	}

	void deliverPresence(PeerPresenceEvent event) {
		for (int i = 0; i < presenceListeners.size(); i++) {
			presenceListeners.get(i).accept(event);
		}
	}

	@Override
	public Registration addPeerPresenceListener(Consumer<PeerPresenceEvent> listener) {
		presenceListeners.add(listener);
		return () -> presenceListeners.remove(listener);
	}

	@Override
	public Collection<Contact> contacts() {
		return roster;
	}

	@Override
	public ConnectionStatus status() {
		return ConnectionStatus.of(ConnectionState.CONNECTED);
	}

	@Override
	public CompletableFuture<Void> publish(PresenceWire presence) {
		return done();
	}

	// Roster pushes, requests, chat and status changes never happen in these benchmarks: listeners are ignored.

	@Override
	public Registration addContactListener(Consumer<Contact> listener) {
		return () -> {
		};
	}

	@Override
	public Registration addRemovalListener(Consumer<BareJid> listener) {
		return () -> {
		};
	}

	@Override
	public Registration addSubscriptionRequestListener(Consumer<SubscriptionRequest> listener) {
		return () -> {
		};
	}

	@Override
	public Registration addChatListener(ChatListener listener) {
		return () -> {
		};
	}

	@Override
	public Registration addStatusListener(Consumer<ConnectionStatus> listener) {
		return () -> {
		};
	}

	@Override
	public CompletableFuture<Void> connect(AccountSettings settings) {
		return done();
	}

	@Override
	public CompletableFuture<Void> disconnect() {
		return done();
	}

	@Override
	public CompletableFuture<Void> add(BareJid jid, String name, Set<String> groups) {
		return done();
	}

	@Override
	public CompletableFuture<Void> remove(BareJid jid) {
		return done();
	}

	@Override
	public CompletableFuture<Void> update(Contact contact) {
		return done();
	}

	@Override
	public CompletableFuture<Void> answer(BareJid from, SubscriptionAnswer answer) {
		return done();
	}

	@Override
	public CompletableFuture<Void> send(OutgoingMessage message) {
		return done();
	}

	@Override
	public void sendChatState(BareJid to, ChatState state) {
	}

	@Override
	public void sendReceipt(BareJid to, MessageId id, DeliveryState state) {
	}

	@Override
	public ConnectionPort connection() {
		return this;
	}

	@Override
	public RosterPort roster() {
		return this;
	}

	@Override
	public PresencePort presence() {
		return this;
	}

	@Override
	public ChatPort chat() {
		return this;
	}

	@Override
	public GroupChatPort groupChat() {
		return rooms;
	}

	@Override
	public FileSharingPort files() {
		throw new UnsupportedOperationException("not used by the benchmarks");
	}

	@Override
	public DirectorySearchPort directory() {
		throw new UnsupportedOperationException("not used by the benchmarks");
	}

	@Override
	public void close() {
	}

	private static CompletableFuture<Void> done() {
		return CompletableFuture.completedFuture(null);
	}
}
