package dev.tact.core.client;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.tact.core.address.BareJid;
import dev.tact.core.address.ChatAddress;
import dev.tact.core.address.OccupantJid;
import dev.tact.core.alert.AlertEvent;
import dev.tact.core.alert.AlertPolicy;
import dev.tact.core.alert.AlertPreferences;
import dev.tact.core.alert.BreakthroughCap;
import dev.tact.core.alert.EventKind;
import dev.tact.core.alert.UrgentRateLimiter;
import dev.tact.core.chat.OutboxStorage;
import dev.tact.core.chat.OutgoingMessage;
import dev.tact.core.chat.TypingNotices;
import dev.tact.core.contacts.ContactChangeFeed;
import dev.tact.core.contacts.SubscriptionAnswer;
import dev.tact.core.etiquette.EtiquetteAdvisor;
import dev.tact.core.etiquette.EtiquetteHint;
import dev.tact.core.etiquette.OwnPresenceFacts;
import dev.tact.core.etiquette.PresenceDayTally;
import dev.tact.core.etiquette.RuleId;
import dev.tact.core.event.Registration;
import dev.tact.core.focus.FocusAutoReply;
import dev.tact.core.focus.FocusSession;
import dev.tact.core.port.AccountPorts;
import dev.tact.core.port.ConnectionState;
import dev.tact.core.port.ConnectionStatus;
import dev.tact.core.port.ContactProfile;
import dev.tact.core.port.DirectoryEntry;
import dev.tact.core.port.NotificationSink;
import dev.tact.core.port.UploadProgressListener;
import dev.tact.core.presence.ClaimSource;
import dev.tact.core.presence.OwnPresenceEncoder;
import dev.tact.core.presence.Presence;
import dev.tact.core.presence.PresenceArbiter;
import dev.tact.core.presence.PresenceState;
import dev.tact.core.presence.ResetAfter;
import dev.tact.core.store.LocalHistoryStore;
import dev.tact.core.text.DisplayText;
import dev.tact.core.time.TaskScheduler;

/**
 * One user's Tact: own presence (arbiter, focus), contacts, conversations and alerts, kept whether or not an
 * account is online, and wired to an account's ports while it is. The UI renders these models and calls these
 * methods; it never talks to XMPP itself. Thread-safe; listeners are called on the thread that delivered the
 * event (the XMPP layer's event thread), so a UI must hop to its own thread.
 */
public final class TactClient implements AutoCloseable {

	/** The longest nick or room name a private chat's name shows. */
	private static final int OCCUPANT_NAME = 40;

	private final Clock clock;
	private final TaskScheduler scheduler;
	private final PresenceArbiter arbiter;
	private final FocusSession focus;
	private final AlertPolicy alerts;
	private final ContactsModel contacts;
	private final Conversations conversations = new Conversations();
	private final Unread unread = new Unread();
	private final OutboxDelivery delivery;
	private final Writing writing;
	private final ArchivePaging archive;
	private final RosterEditing rosterEditing;
	private final PresencePublisher publisher;
	private final IncomingEvents incoming;
	private final FocusAutoReply autoReply;
	private final GroupChats groupChats;
	private final RoomEvents roomEvents;
	private final List<Consumer<ConnectionStatus>> statusListeners = new CopyOnWriteArrayList<>();
	private final List<Registration> registrations = new ArrayList<>();
	private final PresenceDayTally day;
	private volatile EtiquetteAdvisor etiquette = new EtiquetteAdvisor();
	private volatile HistoryKeeper history;
	private volatile AccountPorts ports;
	private volatile BareJid me;

	public TactClient(Clock clock, ZoneId zone, TaskScheduler scheduler, NotificationSink sink, OutboxStorage outboxStorage) {
		this.clock = Objects.requireNonNull(clock, "clock");
		this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
		this.arbiter = new PresenceArbiter(clock);
		this.focus = new FocusSession(arbiter, clock);
		this.day = new PresenceDayTally(clock, zone, arbiter.effective());
		arbiter.addListener(day);
		this.contacts = new ContactsModel(new ContactChangeFeed(scheduler, ContactChangeFeed.DEFAULT_WINDOW), this::becameAvailable,
				zone);
		this.alerts = new AlertPolicy(AlertPreferences.defaults(), UrgentRateLimiter.withDefaults(clock),
				BreakthroughCap.withDefaults(clock), contacts::isContact);
		this.delivery = new OutboxDelivery(outboxStorage, conversations, this::isInRoomNow);
		this.rosterEditing = new RosterEditing(contacts, () -> ports);
		this.publisher = new PresencePublisher(arbiter, clock, scheduler, new OwnPresenceEncoder(zone, true));
		this.autoReply = new FocusAutoReply(focus, zone, (to, text) -> send(to, text, false));
		this.incoming = new IncomingEvents(conversations, contacts, arbiter, focus, alerts, sink, clock, autoReply, unread);
		this.groupChats = new GroupChats(conversations, () -> ports, () -> me, clock, unread, () -> etiquette,
				delivery::flush);
		this.writing = new Writing(clock, scheduler, conversations, contacts, groupChats, delivery, () -> me,
				() -> ports);
		this.archive = new ArchivePaging(conversations, contacts, groupChats, () -> ports);
		this.roomEvents = new RoomEvents(conversations, groupChats, incoming::alert, clock, unread);
		contacts.addBecameAvailableListener(delivery::releaseAllFor);
		arbiter.addListener((previous, current) -> groupChats.appearOffline(current.state() == PresenceState.APPEAR_OFFLINE));
	}

	public PresenceArbiter presence() {
		return arbiter;
	}

	public FocusSession focus() {
		return focus;
	}

	/**
	 * The user picks {@code state} from the presence menu. A running focus session ends first (its digest is shown
	 * as usual): the pick is the user's latest word. See {@link PresenceArbiter#choose} for what Available means.
	 */
	public void choosePresence(PresenceState state, ResetAfter resetAfter) {
		focus.stop();
		arbiter.choose(state, resetAfter);
	}

	/** What Enter does with a draft to {@code peer} (a contact, or a room): send, or show the guide's hints first. */
	public SendGate sendGate(ChatAddress peer, String peerName, boolean room) {
		return new SendGate(this, clock, peer, peerName, room);
	}

	/**
	 * The name to show for a conversation: a contact's roster name (else the address), a room's short name, or for
	 * a private chat "nick (private, in Room)", the nick through the display function; never a roster name for an
	 * occupant, whose nick anyone may choose.
	 */
	public String nameOf(ChatAddress conversation) {
		if (conversation instanceof OccupantJid occupant) {
			return DisplayText.line(occupant.nick(), OCCUPANT_NAME) + " (private, in "
					+ groupChats.describe(occupant.room(), OCCUPANT_NAME) + ")";
		}
		BareJid peer = (BareJid) conversation;
		return groupChats.isRoom(peer) ? groupChats.describe(peer) : contacts.nameOf(peer);
	}

	/** The guide's etiquette with the rules the user turned off; every hint Tact shows comes from it. */
	public EtiquetteAdvisor etiquette() {
		return etiquette;
	}

	/** Turns off the rules in {@code disabled} (Preferences, or a hint's "Don't show again"); the rest apply. */
	public void setDisabledEtiquetteRules(Set<RuleId> disabled) {
		etiquette = new EtiquetteAdvisor(disabled);
	}

	/**
	 * Hints about the user's own status right now: Do Not Disturb for most of today's working time, or Away or Off
	 * Work chosen by hand without a note saying where one is. Empty when all is well.
	 */
	public List<EtiquetteHint> ownPresenceHints() {
		Presence current = arbiter.effective();
		OwnPresenceFacts facts = day.facts(current);
		return etiquette.adviseOnOwnPresence(arbiter.claimOf(ClaimSource.USER).isPresent() ? facts : facts.automatic());
	}

	/** "Reset to Automatic": the user's choice is dropped and automation decides again. */
	public void resetPresenceToAutomatic() {
		arbiter.resetToAutomatic();
	}

	/** The user's note, shown with whatever state wins; it never changes the state. Blank clears it. */
	public void setPresenceNote(String note) {
		arbiter.setNote(note);
	}

	/** The optional one-time reply during focus sessions (off by default). */
	public FocusAutoReply focusAutoReply() {
		return autoReply;
	}

	public AlertPolicy alerts() {
		return alerts;
	}

	public ContactsModel contacts() {
		return contacts;
	}

	/** Adding, removing and regrouping contacts on the server. */
	public RosterEditing roster() {
		return rosterEditing;
	}

	public Conversations conversations() {
		return conversations;
	}

	/** What the user has not read yet, per conversation, and which conversation they are reading. */
	public Unread unread() {
		return unread;
	}

	/** The rooms we are in, invitations and questions from the others in them. */
	public GroupChats groupChats() {
		return groupChats;
	}

	/**
	 * Keeps the recent past in {@code store} across restarts: what it holds comes back now (the last page of each
	 * conversation, Recent Contacts, who is a frequent contact), and changes are saved from now on. Call once, before
	 * signing in.
	 */
	public void keepHistoryIn(LocalHistoryStore store) {
		HistoryKeeper keeper = new HistoryKeeper(conversations, contacts, scheduler, store);
		keeper.start();
		history = keeper;
	}

	/** The connection's state now; disconnected while no account is attached. */
	public ConnectionStatus connectionStatus() {
		AccountPorts current = ports;
		return current == null ? ConnectionStatus.of(ConnectionState.DISCONNECTED) : current.connection().status();
	}

	/** Whether an account is attached: signed in, signing in or reconnecting, as opposed to signed out. */
	public boolean hasAccount() {
		return ports != null;
	}

	/** The people in the server's directory matching {@code text} (XEP-0055). */
	public CompletableFuture<List<DirectoryEntry>> searchDirectory(String text) {
		return whileConnected(account -> account.directory().search(text));
	}

	/** A contact's profile (their vCard). */
	public CompletableFuture<ContactProfile> profile(BareJid contact) {
		return whileConnected(account -> account.profile(contact));
	}

	/**
	 * Uploads {@code file} to the server's upload service (XEP-0363) and completes with the link to send; fails with
	 * a {@link dev.tact.core.port.FileTooLargeException} before sending anything when the server would refuse it.
	 */
	public CompletableFuture<URI> upload(Path file, UploadProgressListener progress) {
		return whileConnected(account -> account.files().upload(file, progress));
	}

	/**
	 * Runs a server operation on the account connected now, or fails with {@link NotSignedInException}. The ports are
	 * read once: a sign-out in between cannot make the operation reach for an account that is gone.
	 */
	private <T> CompletableFuture<T> whileConnected(Function<AccountPorts, CompletableFuture<T>> operation) {
		AccountPorts current = ports;
		if (current == null || !current.connection().status().isConnected()) {
			return CompletableFuture.failedFuture(new NotSignedInException());
		}
		return operation.apply(current);
	}

	/** Chooses whether peers see "Debugging"/"Focusing" or just "Busy" for automatic states. */
	public void revealAutomation(ZoneId zone, boolean reveal) {
		publisher.setEncoder(new OwnPresenceEncoder(zone, reveal));
	}

	/**
	 * Wires an account: roster, presence and chat events flow into the models, own presence is published once
	 * connected, and pending messages are sent. Connecting is the caller's job (it touches the network).
	 */
	public synchronized void attach(BareJid account, AccountPorts accountPorts) {
		detach();
		this.me = account;
		this.ports = accountPorts;
		delivery.attach(account, accountPorts);
		writing.showPending(account);
		registrations.add(accountPorts.roster().addContactListener(contacts::rosterChanged));
		registrations.add(accountPorts.roster().addRemovalListener(contacts::rosterRemoved));
		registrations.add(accountPorts.roster().addSubscriptionRequestListener(request -> {
			contacts.requestReceived(request);
			incoming.alert(new AlertEvent(EventKind.ADD_REQUEST, request.from(), request.nickname(), false, clock.instant()));
		}));
		registrations.add(accountPorts.presence().addPeerPresenceListener(contacts::peerPresence));
		registrations.add(accountPorts.chat().addChatListener(incoming));
		registrations.add(accountPorts.groupChat().addRoomMessageListener(roomEvents));
		registrations.add(accountPorts.groupChat().addGroupChatListener(roomEvents));
		registrations.add(accountPorts.connection().addStatusListener(this::connectionChanged));
		accountPorts.roster().contacts().forEach(contacts::rosterChanged);
		if (accountPorts.connection().status().isConnected()) {
			connectionChanged(accountPorts.connection().status());
		}
	}

	/** Unwires the current account, if any; models keep their contents, presence of others goes offline. */
	public synchronized void detach() {
		registrations.forEach(Registration::close);
		registrations.clear();
		publisher.offline();
		contacts.wentOffline();
		groupChats.wentOffline();
		boolean hadAccount = ports != null;
		ports = null;
		delivery.detach();
		if (hadAccount) {
			ConnectionStatus signedOut = ConnectionStatus.of(ConnectionState.DISCONNECTED);
			statusListeners.forEach(listener -> listener.accept(signedOut));
		}
	}

	public void addStatusListener(Consumer<ConnectionStatus> listener) {
		statusListeners.add(listener);
	}

	public void removeStatusListener(Consumer<ConnectionStatus> listener) {
		statusListeners.remove(listener);
	}

	/**
	 * Sends {@code text} to {@code to}, a contact or a room of ours: it shows in the conversation at once as pending,
	 * is kept in the outbox until the server acknowledges it, and is sent again with the same id after a reconnect
	 * that could not resume the stream (see {@link OutboxDelivery}). A room message written while we are not in the
	 * room goes once we are in again. A private message to a room's occupant goes at once, not through the outbox.
	 *
	 * @throws MessageTooLongException for a text too big for one message (nothing is queued: it would never get out)
	 * @throws NotInRoomException for a private message when we, or they, are not in the room (nothing is sent)
	 */
	public OutgoingMessage send(ChatAddress to, String text, boolean urgent) {
		return writing.send(to, text, urgent);
	}

	/**
	 * "Send later": {@code text} waits, queued and shown as such in the conversation, until {@code to} becomes
	 * Available, and then goes out like any message; it survives a restart with the outbox. If {@code to} is
	 * Available already, it goes now. {@link #sendNow} and {@link #cancelHeld} end the wait.
	 */
	public OutgoingMessage sendLater(BareJid to, String text) {
		return writing.sendLater(to, text);
	}

	/** The messages to {@code to} waiting until they are Available, oldest first. */
	public List<OutgoingMessage> heldFor(ChatAddress to) {
		return to instanceof BareJid peer ? delivery.heldFor(peer) : List.of(); // nothing private is ever held
	}

	/** A queued message goes out now after all. */
	public void sendNow(OutgoingMessage held) {
		delivery.release(held);
	}

	/** A queued message is dropped unsent, and leaves the conversation. */
	public void cancelHeld(OutgoingMessage held) {
		writing.cancelHeld(held);
	}

	/**
	 * Typing notices for a draft to {@code to}, a contact or a room we are in; sent only while signed in, and
	 * only while {@code enabled} says the user wants others to see it.
	 */
	public TypingNotices typingNotices(ChatAddress to, BooleanSupplier enabled) {
		// Appearing offline, nothing tells anyone the user is there, typing least of all.
		return writing.typingNotices(to, () -> enabled.getAsBoolean()
				&& arbiter.effective().state() != PresenceState.APPEAR_OFFLINE);
	}

	/**
	 * Loads the page of the server's archive just before the oldest message shown of the conversation with
	 * {@code peer} into it (copies are recognised and dropped); for a room, the room's own archive. Completes with
	 * whether still older messages exist.
	 */
	public CompletableFuture<Boolean> loadArchived(ChatAddress conversation, int count) {
		// A private chat in a room is not looked up in the archive: it would be filed by the room, with anyone's nick.
		return conversation instanceof BareJid peer ? archive.loadBefore(peer, count)
				: CompletableFuture.completedFuture(false);
	}

	/** Answers an add request: add back, accept only, or decline gently. */
	public CompletableFuture<Void> answer(BareJid from, SubscriptionAnswer answer) {
		return whileConnected(current -> current.roster().answer(from, answer)).thenRun(() -> contacts.requestAnswered(from));
	}

	@Override
	public void close() {
		detach();
		HistoryKeeper keeper = history;
		if (keeper != null) {
			keeper.save();
		}
	}

	private void connectionChanged(ConnectionStatus status) {
		AccountPorts current = ports;
		if (status.isConnected() && current != null) {
			publisher.online(current.presence());
			delivery.flush();
			groupChats.signedIn(current.groupChat(), arbiter.effective().state() == PresenceState.APPEAR_OFFLINE);
		} else {
			publisher.offline();
			contacts.wentOffline();
			groupChats.wentOffline();
		}
		statusListeners.forEach(listener -> listener.accept(status));
	}

	private boolean isInRoomNow(BareJid room) {
		return groupChats.isJoined(room);
	}

	private void becameAvailable(BareJid contact) {
		incoming.alert(new AlertEvent(EventKind.WATCHED_CONTACT_AVAILABLE, contact, contact + " is available", false,
				clock.instant()));
	}
}
