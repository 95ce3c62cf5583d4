package dev.tact.core.client;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.Author;
import dev.tact.core.chat.DeliveryState;
import dev.tact.core.chat.MessageId;
import dev.tact.core.chat.Occupant;
import dev.tact.core.chat.OutgoingMessage;
import dev.tact.core.etiquette.EtiquetteAdvisor;
import dev.tact.core.etiquette.EtiquetteHint;
import dev.tact.core.port.AccountPorts;
import dev.tact.core.port.ConsentAsk;
import dev.tact.core.port.GroupChatPort;
import dev.tact.core.port.InvitationProgress;
import dev.tact.core.port.InvitationProgress.Step;
import dev.tact.core.port.InvitationProgressListener;
import dev.tact.core.port.PendingInvitation;
import dev.tact.core.port.RoomInvitation;
import dev.tact.core.text.DisplayText;

/**
 * The group chats of one user: the rooms they are in (kept across reconnects, and entered again after one), who is
 * there, invitations waiting for an answer and "OK to add X?" questions from others. A room's messages live in its
 * {@link Conversations conversation} like any other. Listeners hear which room changed. Thread-safe.
 */
public final class GroupChats {

	/** How long the others in a room have to object before an invitation goes out. */
	public static final Duration CONSENT_WINDOW = Duration.ofSeconds(60);
	/** How long a room's short name may be. */
	public static final int SHORT_NAME = 60;

	/** The user appears offline: rooms stay left (see {@link #hide}). */
	private volatile boolean hidden;
	private final Map<BareJid, RoomState> rooms = new ConcurrentHashMap<>();
	private final Map<BareJid, RoomInvitation> invitations = new ConcurrentHashMap<>();
	private final List<Consumer<BareJid>> listeners = new CopyOnWriteArrayList<>();
	private final Conversations conversations;
	private final Supplier<AccountPorts> ports;
	private final Supplier<BareJid> me;
	private final Clock clock;
	private final Unread unread;
	private final Supplier<EtiquetteAdvisor> etiquette;
	private final Runnable entered;

	/** @param entered told each time we are in a room again, so that what waits for it goes out */
	GroupChats(Conversations conversations, Supplier<AccountPorts> ports, Supplier<BareJid> me, Clock clock,
			Unread unread, Supplier<EtiquetteAdvisor> etiquette, Runnable entered) {
		this.entered = entered;
		this.unread = unread;
		this.etiquette = etiquette;
		this.conversations = conversations;
		this.ports = ports;
		this.me = me;
		this.clock = clock;
	}

	/**
	 * Starts a group chat with {@code people}: a new room on the account's service, its topic set, and everyone
	 * invited at once (they are chosen together, so there is nobody to ask yet). Completes with the room.
	 */
	public CompletableFuture<BareJid> start(Collection<BareJid> people, String topic) {
		GroupChatPort port;
		try {
			port = port();
		} catch (IllegalStateException e) {
			return CompletableFuture.failedFuture(e);
		}
		String reason = topic == null || topic.isBlank() ? "Join me in a group chat" : topic.strip();
		return port.newRoomAddress().thenCompose(room -> {
			RoomState state = track(room);
			return port.create(room, state.nick()).thenCompose(created -> {
				state.entered(port.occupants(room), port.topic(room));
				changed(room);
				CompletableFuture<Void> topicSet = topic == null || topic.isBlank() ? CompletableFuture.completedFuture(null)
						: port.setTopic(room, topic.strip()).thenRun(() -> state.topicChanged(topic.strip()));
				return topicSet.thenCompose(ok -> CompletableFuture.allOf(people.stream()
						.map(person -> port.invite(room, person, reason)).toArray(CompletableFuture[]::new)));
			}).whenComplete((ok, error) -> {
				if (error != null && !state.isJoined()) {
					rooms.remove(room); // never created; a room we are in stays listed even if an invitation failed
					changed(room);
				}
			}).thenApply(ok -> room);
		});
	}

	/**
	 * Enters {@code room}: accepting an invitation, or reopening a room after a restart. If the room refuses us (gone,
	 * members only, nick taken), it is not kept; entering again after a reconnect keeps trying, as that may be passing.
	 */
	public CompletableFuture<Void> join(BareJid room) {
		invitations.remove(room);
		RoomState state = track(room);
		changed(room);
		AccountPorts current = ports.get();
		if (current == null || !current.connection().status().isConnected()) {
			return CompletableFuture.completedFuture(null); // entered when the account connects
		}
		return enter(current.groupChat(), state).whenComplete((ok, error) -> {
			if (error != null && !state.isJoined() && rooms.remove(room, state)) {
				changed(room);
			}
		});
	}

	/** Turns an invitation down; the inviter's room is not entered. */
	public void decline(BareJid room) {
		if (invitations.remove(room) != null) {
			changed(room);
		}
	}

	/** Leaves {@code room} and forgets it; its conversation stays readable. */
	public CompletableFuture<Void> leave(BareJid room) {
		RoomState state = rooms.remove(room);
		unread.forget(room);
		changed(room);
		AccountPorts current = ports.get();
		if (state == null || current == null || !current.connection().status().isConnected()) {
			return CompletableFuture.completedFuture(null);
		}
		return current.groupChat().leave(room);
	}

	/**
	 * Invites {@code who} into the running {@code room} the way the guide asks: the others are asked first and the
	 * invitation goes out only if nobody objects within {@link #CONSENT_WINDOW}.
	 *
	 * @throws IllegalStateException if signed out
	 */
	public PendingInvitation invite(BareJid room, BareJid who, InvitationProgressListener listener) {
		GroupChatPort port = port();
		String reason = "Join us in " + describe(room);
		if (asksTheRoomFirst(room)) {
			return port.inviteWithConsent(room, who, reason, CONSENT_WINDOW, listener);
		}
		port.invite(room, who, reason).whenComplete((ok, error) -> listener.progressed(error == null
				? new InvitationProgress(Step.INVITED, room, who, null, null, who + " is invited.")
				: new InvitationProgress(Step.FAILED, room, who, null, null,
						"Could not invite " + who + ": " + error.getMessage())));
		return () -> false; // it went out at once: there is nothing left to withdraw
	}

	/**
	 * Whether inviting into {@code room} asks the others first: when someone else is there, unless the user turned
	 * the guide's multiparty rule off (then invitations go out at once).
	 */
	public boolean asksTheRoomFirst(BareJid room) {
		return inviteAdvice(room).isPresent();
	}

	/** The guide's word before inviting someone into {@code room}, if it has one (someone else is there, rule on). */
	public Optional<EtiquetteHint> inviteAdvice(BareJid room) {
		String nick = nick(room);
		int others = (int) occupants(room).stream().filter(o -> !o.nick().equals(nick)).count();
		return etiquette.get().adviseOnInvite(others);
	}

	/** Says no to someone else's question; the question is answered either way. */
	public CompletableFuture<Void> object(ConsentAsk ask) {
		answered(ask);
		try {
			return port().object(ask);
		} catch (IllegalStateException e) {
			return CompletableFuture.failedFuture(e);
		}
	}

	/** Lets someone else's question pass without objecting. */
	public void answered(ConsentAsk ask) {
		RoomState state = rooms.get(ask.room());
		if (state != null && state.answered(ask)) {
			changed(ask.room());
		}
	}

	/** The user wrote {@code text} to {@code room}, one of ours: it shows at once as pending, under our nick. */
	OutgoingMessage written(BareJid room, String text) {
		RoomState state = rooms.get(room);
		String nick = state == null ? track(room).nick() : state.nick();
		OutgoingMessage message = new OutgoingMessage(MessageId.random(), room, text, clock.instant(), true, null, false);
		conversations.add(room, message.toChatMessage(Author.nick(nick)));
		return message;
	}

	public boolean isRoom(BareJid address) {
		return rooms.containsKey(address);
	}

	/** Whether we are in {@code room} right now (not just remembering it while signed out). */
	public boolean isJoined(BareJid room) {
		RoomState state = rooms.get(room);
		return state != null && state.isJoined();
	}

	/** The rooms we are in or will enter again on connecting. */
	public List<BareJid> rooms() {
		return rooms.keySet().stream().sorted().toList();
	}

	public List<Occupant> occupants(BareJid room) {
		RoomState state = rooms.get(room);
		return state == null ? List.of() : state.occupants().all();
	}

	/** The room's topic, or "" when it has none. */
	public String topic(BareJid room) {
		RoomState state = rooms.get(room);
		return state == null ? "" : state.topic();
	}

	/** Our nick in {@code room}, "" if we are not in it. */
	public String nick(BareJid room) {
		RoomState state = rooms.get(room);
		return state == null ? "" : state.nick();
	}

	/**
	 * A short name for the room, for a tab or a menu: the first line of its topic without control or direction
	 * characters (a topic is anyone's text), cut at {@value #SHORT_NAME} characters; else its address.
	 */
	public String describe(BareJid room) {
		return describe(room, SHORT_NAME);
	}

	/** As {@link #describe(BareJid)}, cut at {@code max} characters. */
	public String describe(BareJid room, int max) {
		String topic = DisplayText.line(topic(room), max);
		return topic.isEmpty() ? DisplayText.line(room.toString(), max) : topic;
	}

	/**
	 * Questions others asked in {@code room} that we have not answered, oldest first; a question lapses after
	 * {@link #CONSENT_WINDOW}, when the invitation has gone ahead or been dropped.
	 */
	public List<ConsentAsk> openQuestions(BareJid room) {
		RoomState state = rooms.get(room);
		return state == null ? List.of() : state.openAsks(clock.instant(), CONSENT_WINDOW);
	}

	/** Invitations waiting for an answer, oldest first. */
	public List<RoomInvitation> invitations() {
		return invitations.values().stream().sorted(Comparator.comparing(RoomInvitation::receivedAt)).toList();
	}

	public Optional<RoomInvitation> invitation(BareJid room) {
		return Optional.ofNullable(invitations.get(room));
	}

	public void addChangeListener(Consumer<BareJid> listener) {
		listeners.add(listener);
	}

	public void removeChangeListener(Consumer<BareJid> listener) {
		listeners.remove(listener);
	}

	/** The account connected: enter every room we were in. */
	void connected(GroupChatPort port) {
		if (!hidden) {
			rooms.values().forEach(state -> enter(port, state));
		}
	}

	/**
	 * The user appears offline: being in a room shows everyone there that they are online, so every room is left
	 * (and kept, to enter again once they are visible; {@link #isHidden()} tells why they are out).
	 */
	private void hide(GroupChatPort port) {
		hidden = true;
		for (RoomState state : rooms.values()) {
			if (state.isJoined()) {
				state.left();
				port.leave(state.room());
				changed(state.room());
			}
		}
	}

	/** Visible again: the rooms left while appearing offline are entered again. */
	private void show(GroupChatPort port) {
		hidden = false;
		connected(port);
	}

	/** Signed in: the rooms are entered again, unless the user appears offline (then they wait). */
	void signedIn(GroupChatPort port, boolean appearingOffline) {
		if (appearingOffline) {
			hide(port);
		} else {
			show(port);
		}
	}

	/** The user's own presence changed while signed in: appearing offline leaves the rooms, visible enters them. */
	void appearOffline(boolean appearingOffline) {
		AccountPorts current = ports.get();
		if (appearingOffline != hidden && current != null && current.connection().status().isConnected()) {
			signedIn(current.groupChat(), appearingOffline);
		}
	}

	/** Whether the rooms were left because the user appears offline. */
	public boolean isHidden() {
		return hidden;
	}

	/** The account went offline: the rooms are remembered, but nobody is known to be in them. */
	void wentOffline() {
		rooms.values().forEach(RoomState::left);
		rooms.keySet().forEach(this::changed);
	}

	void invited(RoomInvitation invitation) {
		if (!rooms.containsKey(invitation.room())) {
			invitations.put(invitation.room(), invitation);
			changed(invitation.room());
		}
	}

	void asked(ConsentAsk ask) {
		RoomState state = rooms.get(ask.room());
		if (state != null && state.asked(ask, clock.instant(), CONSENT_WINDOW)) {
			changed(ask.room());
		}
	}

	void occupantJoinedOrUpdated(BareJid room, Occupant occupant) {
		withRoom(room, state -> state.occupants().joinedOrUpdated(occupant));
	}

	void occupantLeft(BareJid room, String nick) {
		withRoom(room, state -> state.occupants().left(nick));
	}

	void occupantRenamed(BareJid room, String oldNick, String newNick) {
		withRoom(room, state -> state.occupants().renamed(oldNick, newNick));
	}

	void topicChanged(BareJid room, String topic) {
		withRoom(room, state -> state.topicChanged(topic));
	}

	private void withRoom(BareJid room, Consumer<RoomState> change) {
		RoomState state = rooms.get(room);
		if (state != null) {
			change.accept(state);
			changed(room);
		}
	}

	private CompletableFuture<Void> enter(GroupChatPort port, RoomState state) {
		BareJid room = state.room();
		return port.join(room, state.nick()).thenRun(() -> {
			if (rooms.get(room) == state) {
				state.entered(port.occupants(room), port.topic(room));
				changed(room);
				entered.run();
			}
		});
	}

	private RoomState track(BareJid room) {
		BareJid account = me.get();
		String nick = account == null || account.local() == null ? "me" : account.local();
		return rooms.computeIfAbsent(room, r -> new RoomState(r, nick));
	}

	private GroupChatPort port() {
		AccountPorts current = ports.get();
		if (current == null || !current.connection().status().isConnected()) {
			throw new IllegalStateException("Sign in to use group chats.");
		}
		return current.groupChat();
	}

	private void changed(BareJid room) {
		Objects.requireNonNull(room, "room");
		for (Consumer<BareJid> listener : listeners) {
			listener.accept(room);
		}
	}
}
