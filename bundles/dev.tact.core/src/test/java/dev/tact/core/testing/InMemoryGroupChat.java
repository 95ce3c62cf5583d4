package dev.tact.core.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import dev.tact.core.address.BareJid;
import dev.tact.core.address.OccupantJid;
import dev.tact.core.chat.ChatMessage;
import dev.tact.core.chat.ChatState;
import dev.tact.core.chat.MessageId;
import dev.tact.core.chat.MessagePage;
import dev.tact.core.chat.Occupant;
import dev.tact.core.chat.OutgoingMessage;
import dev.tact.core.chat.Role;
import dev.tact.core.event.Registration;
import dev.tact.core.port.ChatListener;
import dev.tact.core.port.ConsentAsk;
import dev.tact.core.port.GroupChatListener;
import dev.tact.core.port.GroupChatPort;
import dev.tact.core.port.IncomingMessageEvent;
import dev.tact.core.port.InvitationProgressListener;
import dev.tact.core.port.PendingInvitation;

/**
 * Rooms in memory for tests of the client layer: records what Tact asks of the server and lets a test play the
 * room's side (occupants, messages, invitations). The XMPP bundle's tests prove the real thing against Prosody.
 */
public final class InMemoryGroupChat implements GroupChatPort {

	/** What Tact did, in order, as readable lines ("create room@conf as me", "invite dana@x to room@conf"). */
	public final List<String> calls = new CopyOnWriteArrayList<>();
	public final List<OutgoingMessage> sent = new CopyOnWriteArrayList<>();
	public final List<ConsentAsk> objections = new CopyOnWriteArrayList<>();
	public final Map<BareJid, List<Occupant>> occupants = new ConcurrentHashMap<>();
	public final Map<BareJid, String> topics = new ConcurrentHashMap<>();
	private final List<ChatListener> messageListeners = new CopyOnWriteArrayList<>();
	private final List<GroupChatListener> groupListeners = new CopyOnWriteArrayList<>();
	private int roomCounter;
	/** When set, invitations fail as a server that forbids them would. */
	public volatile boolean refuseInvitations;
	/** When set, entering a room fails as a members-only room would. */
	public volatile boolean refuseEntry;

	@Override
	public synchronized CompletableFuture<BareJid> newRoomAddress() {
		return CompletableFuture.completedFuture(new BareJid("room" + ++roomCounter, "conference.example.org"));
	}

	@Override
	public CompletableFuture<Void> create(BareJid room, String nick) {
		calls.add("create " + room + " as " + nick);
		occupants.put(room, new ArrayList<>(List.of(new Occupant(nick, Role.MODERATOR, null))));
		return done();
	}

	@Override
	public CompletableFuture<Void> join(BareJid room, String nick) {
		calls.add("join " + room + " as " + nick);
		if (refuseEntry) {
			return CompletableFuture.failedFuture(new IllegalStateException("the server said registration-required"));
		}
		occupants.computeIfAbsent(room, r -> new ArrayList<>()).add(new Occupant(nick, Role.PARTICIPANT, null));
		return done();
	}

	@Override
	public CompletableFuture<Void> leave(BareJid room) {
		calls.add("leave " + room);
		return done();
	}

	@Override
	public CompletableFuture<Void> setTopic(BareJid room, String topic) {
		calls.add("topic " + room + " " + topic);
		topics.put(room, topic);
		return done();
	}

	@Override
	public CompletableFuture<Void> invite(BareJid room, BareJid who, String reason) {
		calls.add("invite " + who + " to " + room);
		return refuseInvitations ? CompletableFuture.failedFuture(new IllegalStateException("the server said forbidden"))
				: done();
	}

	@Override
	public PendingInvitation inviteWithConsent(BareJid room, BareJid who, String reason, Duration window,
			InvitationProgressListener listener) {
		calls.add("ask " + room + " about " + who + " for " + window.toSeconds() + " s");
		return () -> calls.add("withdraw " + who);
	}

	@Override
	public CompletableFuture<Void> object(ConsentAsk ask) {
		objections.add(ask);
		return done();
	}

	@Override
	public CompletableFuture<Void> send(OutgoingMessage message) {
		sent.add(message);
		return done();
	}

	/** Private messages sent, as "nick@room: body" lines. */
	public final List<String> sentPrivately = new CopyOnWriteArrayList<>();

	@Override
	public CompletableFuture<Void> sendPrivately(OccupantJid to, MessageId id, String body) {
		sentPrivately.add(to.nick() + "@" + to.room() + ": " + body);
		return done();
	}

	/** What each room's archive holds, oldest first; each message's stanza id is its archive id. */
	public final Map<BareJid, List<ChatMessage>> archive = new ConcurrentHashMap<>();

	@Override
	public CompletableFuture<MessagePage> history(BareJid room, String beforeArchiveId, int count) {
		calls.add("history " + room + " before " + beforeArchiveId);
		List<ChatMessage> all = archive.getOrDefault(room, List.of());
		int end = all.size();
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i).stanzaId().equals(beforeArchiveId)) {
				end = i;
			}
		}
		int start = Math.max(0, end - count);
		return CompletableFuture.completedFuture(new MessagePage(List.copyOf(all.subList(start, end)), start > 0));
	}

	@Override
	public void sendChatState(BareJid room, ChatState state) {
		calls.add("state " + state + " to " + room);
	}

	@Override
	public List<Occupant> occupants(BareJid room) {
		return List.copyOf(occupants.getOrDefault(room, List.of()));
	}

	@Override
	public String topic(BareJid room) {
		return topics.getOrDefault(room, "");
	}

	@Override
	public Registration addRoomMessageListener(ChatListener listener) {
		messageListeners.add(listener);
		return () -> messageListeners.remove(listener);
	}

	@Override
	public Registration addGroupChatListener(GroupChatListener listener) {
		groupListeners.add(listener);
		return () -> groupListeners.remove(listener);
	}

	/** Plays a room event to everything Tact registered. */
	public void roomSays(Consumer<GroupChatListener> event) {
		groupListeners.forEach(event);
	}

	/** Delivers a room message to everything Tact registered. */
	public void deliver(IncomingMessageEvent event) {
		messageListeners.forEach(l -> l.messageReceived(event));
	}

	private static CompletableFuture<Void> done() {
		return CompletableFuture.completedFuture(null);
	}
}
