package dev.tact.core.testing;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.ChatMessage;
import dev.tact.core.chat.ChatState;
import dev.tact.core.chat.DeliveryState;
import dev.tact.core.chat.MessageId;
import dev.tact.core.chat.MessagePage;
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
import dev.tact.core.port.DirectoryEntry;
import dev.tact.core.port.DirectorySearchPort;
import dev.tact.core.port.FileSharingPort;
import dev.tact.core.port.GroupChatPort;
import dev.tact.core.port.PeerPresenceEvent;
import dev.tact.core.port.PresencePort;
import dev.tact.core.event.Registration;
import dev.tact.core.port.RosterPort;
import dev.tact.core.port.StreamLostException;
import dev.tact.core.port.UploadProgressListener;
import dev.tact.core.presence.PresenceWire;

/**
 * An account that lives in memory, for unit tests of the client layer: it records what Tact publishes and sends,
 * and lets a test deliver roster, presence and chat events. The XMPP bundle's tests prove the real thing against
 * a real server.
 */
public final class InMemoryAccountPorts implements AccountPorts, ConnectionPort, RosterPort, PresencePort, ChatPort {

	public final List<PresenceWire> published = new CopyOnWriteArrayList<>();
	public final List<OutgoingMessage> sent = new CopyOnWriteArrayList<>();
	/** The chat states sent, as "to: STATE". */
	public final List<String> chatStates = new CopyOnWriteArrayList<>();
	public final Map<BareJid, SubscriptionAnswer> answers = new ConcurrentHashMap<>();
	/** What the server's archive holds per peer, oldest first; each message's stanza id is its archive id. */
	public final Map<BareJid, List<ChatMessage>> archive = new ConcurrentHashMap<>();
	private final List<Consumer<ConnectionStatus>> statusListeners = new CopyOnWriteArrayList<>();
	private final List<Consumer<Contact>> contactListeners = new CopyOnWriteArrayList<>();
	private final List<Consumer<BareJid>> removalListeners = new CopyOnWriteArrayList<>();
	private final List<Consumer<SubscriptionRequest>> requestListeners = new CopyOnWriteArrayList<>();
	private final List<Consumer<PeerPresenceEvent>> presenceListeners = new CopyOnWriteArrayList<>();
	private final List<ChatListener> chatListeners = new CopyOnWriteArrayList<>();
	private final List<Contact> roster = new ArrayList<>();
	private volatile ConnectionStatus status = ConnectionStatus.of(ConnectionState.DISCONNECTED);
	private volatile boolean acknowledgeSends = true;
	/** Sends the server has not acknowledged yet, by id: the stream they went on carries them until it is gone. */
	private final Map<MessageId, CompletableFuture<Void>> unacknowledged = Collections.synchronizedMap(new LinkedHashMap<>());
	/** The account's rooms, played by the test. */
	public final InMemoryGroupChat groupChat = new InMemoryGroupChat();
	/** The server's user directory, searched by name. */
	public final List<DirectoryEntry> people = new CopyOnWriteArrayList<>();

	/**
	 * Signs in on a fresh stream: what the old one had not acknowledged fails (its acks will never come), the oldest
	 * named as the likeliest cause of the old stream's end, before anyone hears "connected", as the XMPP port does.
	 */
	public void goOnline() {
		List<CompletableFuture<Void>> lost;
		synchronized (unacknowledged) {
			lost = List.copyOf(unacknowledged.values());
			unacknowledged.clear();
		}
		for (int i = 0; i < lost.size(); i++) {
			lost.get(i).completeExceptionally(new StreamLostException(i == 0));
		}
		setStatus(ConnectionStatus.of(ConnectionState.CONNECTED));
	}

	/** Signs in again on the same stream (stream management resumed it): it resends what was not acknowledged itself. */
	public void resumeConnection() {
		setStatus(ConnectionStatus.of(ConnectionState.CONNECTED));
	}

	/** The server acknowledges everything sent so far. */
	public void acknowledgeAll() {
		List<CompletableFuture<Void>> acknowledged;
		synchronized (unacknowledged) {
			acknowledged = List.copyOf(unacknowledged.values());
			unacknowledged.clear();
		}
		acknowledged.forEach(future -> future.complete(null));
	}

	public void dropConnection() {
		setStatus(new ConnectionStatus(ConnectionState.RECONNECTING, "connection lost"));
	}

	/** When false, sends stay unacknowledged, as when the server vanishes mid-send. */
	public void acknowledgeSends(boolean acknowledge) {
		acknowledgeSends = acknowledge;
	}

	public void deliverContact(Contact contact) {
		contactListeners.forEach(l -> l.accept(contact));
	}

	public void deliverRequest(SubscriptionRequest request) {
		requestListeners.forEach(l -> l.accept(request));
	}

	public void deliverPresence(PeerPresenceEvent event) {
		presenceListeners.forEach(l -> l.accept(event));
	}

	public void deliverChat(Consumer<ChatListener> event) {
		chatListeners.forEach(event);
	}

	private void setStatus(ConnectionStatus newStatus) {
		status = newStatus;
		statusListeners.forEach(l -> l.accept(newStatus));
	}

	@Override
	public CompletableFuture<Void> connect(AccountSettings settings) {
		goOnline();
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public CompletableFuture<Void> disconnect() {
		setStatus(ConnectionStatus.of(ConnectionState.DISCONNECTED));
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public ConnectionStatus status() {
		return status;
	}

	@Override
	public Registration addStatusListener(Consumer<ConnectionStatus> listener) {
		statusListeners.add(listener);
		return () -> statusListeners.remove(listener);
	}

	@Override
	public CompletableFuture<Void> add(BareJid jid, String name, Set<String> groups) {
		roster.add(new Contact(jid, name, groups));
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public CompletableFuture<Void> remove(BareJid jid) {
		roster.removeIf(c -> c.jid().equals(jid));
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public CompletableFuture<Void> update(Contact contact) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public CompletableFuture<Void> answer(BareJid from, SubscriptionAnswer answer) {
		answers.put(from, answer);
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public Collection<Contact> contacts() {
		return List.copyOf(roster);
	}

	@Override
	public Registration addContactListener(Consumer<Contact> listener) {
		contactListeners.add(listener);
		return () -> contactListeners.remove(listener);
	}

	@Override
	public Registration addRemovalListener(Consumer<BareJid> listener) {
		removalListeners.add(listener);
		return () -> removalListeners.remove(listener);
	}

	@Override
	public Registration addSubscriptionRequestListener(Consumer<SubscriptionRequest> listener) {
		requestListeners.add(listener);
		return () -> requestListeners.remove(listener);
	}

	@Override
	public CompletableFuture<Void> publish(PresenceWire presence) {
		published.add(presence);
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public Registration addPeerPresenceListener(Consumer<PeerPresenceEvent> listener) {
		presenceListeners.add(listener);
		return () -> presenceListeners.remove(listener);
	}

	@Override
	public CompletableFuture<Void> send(OutgoingMessage message) {
		CompletableFuture<Void> inFlight = unacknowledged.get(message.id());
		if (inFlight != null) {
			return inFlight; // still on the stream: not sent twice
		}
		sent.add(message);
		if (acknowledgeSends) {
			return CompletableFuture.completedFuture(null);
		}
		CompletableFuture<Void> acknowledged = new CompletableFuture<>();
		unacknowledged.put(message.id(), acknowledged);
		return acknowledged;
	}

	@Override
	public void sendChatState(BareJid to, ChatState state) {
		chatStates.add(to + ": " + state);
	}

	@Override
	public void sendReceipt(BareJid to, MessageId id, DeliveryState state) {
	}

	@Override
	public CompletableFuture<MessagePage> history(BareJid with, String beforeArchiveId, int count) {
		List<ChatMessage> all = archive.getOrDefault(with, List.of());
		int end = all.size();
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i).stanzaId() != null && all.get(i).stanzaId().equals(beforeArchiveId)) {
				end = i;
			}
		}
		int start = Math.max(0, end - count);
		return CompletableFuture.completedFuture(new MessagePage(all.subList(start, end), start > 0));
	}

	@Override
	public Registration addChatListener(ChatListener listener) {
		chatListeners.add(listener);
		return () -> chatListeners.remove(listener);
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
		return groupChat;
	}

	@Override
	public FileSharingPort files() {
		return new FileSharingPort() {
			@Override
			public CompletableFuture<OptionalLong> maxUploadSize() {
				return CompletableFuture.completedFuture(OptionalLong.empty());
			}

			@Override
			public CompletableFuture<URI> upload(Path file, UploadProgressListener progress) {
				return unsupported();
			}
		};
	}

	@Override
	public DirectorySearchPort directory() {
		return text -> CompletableFuture.completedFuture(people.stream()
				.filter(entry -> entry.name().toLowerCase().contains(text.toLowerCase())).toList());
	}

	@Override
	public void close() {
		disconnect();
	}

	private static <T> CompletableFuture<T> unsupported() {
		return CompletableFuture.failedFuture(new UnsupportedOperationException("not in the in-memory account"));
	}
}
