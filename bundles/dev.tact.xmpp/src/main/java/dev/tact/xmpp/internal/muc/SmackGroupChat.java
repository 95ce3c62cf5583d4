package dev.tact.xmpp.internal.muc;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.packet.MessageBuilder;
import org.jivesoftware.smackx.muc.InvitationListener;
import org.jivesoftware.smackx.muc.MucEnterConfiguration;
import org.jivesoftware.smackx.muc.MultiUserChat;
import org.jivesoftware.smackx.muc.MultiUserChatException;
import org.jivesoftware.smackx.muc.MultiUserChatManager;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.ChatMessage;
import dev.tact.core.chat.Occupant;
import dev.tact.core.port.ChatListener;
import dev.tact.core.port.GroupChatListener;
import dev.tact.core.port.GroupChatPort;
import dev.tact.core.port.Registration;
import dev.tact.core.port.RoomInvitation;
import dev.tact.xmpp.internal.XmppAccountSession;

/**
 * Group chat rooms (XEP-0045) over one connection, with Smack's {@link MultiUserChatManager}. Blocking work runs on
 * an executor; every method returns at once. Room messages reach {@link #addChatListener(ChatListener) chat
 * listeners} as {@link dev.tact.core.port.IncomingMessageEvent}s with {@code groupChat} set; messages of the
 * discussion history sent on join come with {@link dev.tact.core.port.MessageSource#ARCHIVE}.
 */
public final class SmackGroupChat implements GroupChatPort, AutoCloseable {

	/** How many past messages the room sends when we enter. */
	public static final int HISTORY_ON_JOIN = 20;

	private final MultiUserChatManager manager;
	private final Clock clock;
	private final Executor executor;
	private final ExecutorService ownedExecutor;
	private final Map<BareJid, JoinedRoom> rooms = new ConcurrentHashMap<>();
	private final GroupChatListeners<GroupChatListener> groupListeners = new GroupChatListeners<>();
	private final GroupChatListeners<ChatListener> chatListeners = new GroupChatListeners<>();
	private final InvitationListener invitations;

	/** Group chat for a session, with the system clock and its own background threads. */
	public SmackGroupChat(XmppAccountSession session) {
		this(session.smackConnection().orElseThrow(() -> new IllegalStateException("Sign in first.")), Clock.systemUTC(), null);
	}

	/**
	 * @param executor where blocking calls run; null for a private pool that {@link #close()} shuts down
	 */
	public SmackGroupChat(XMPPConnection connection, Clock clock, Executor executor) {
		this.manager = MultiUserChatManager.getInstanceFor(Objects.requireNonNull(connection, "connection"));
		this.clock = Objects.requireNonNull(clock, "clock");
		this.ownedExecutor = executor == null ? Executors.newCachedThreadPool(SmackGroupChat::daemon) : null;
		this.executor = executor == null ? ownedExecutor : executor;
		this.invitations = (conn, room, inviter, reason, password, message, invite) -> {
			if (inviter == null) {
				return;
			}
			RoomInvitation invitation = new RoomInvitation(Addresses.bare(room.getRoom()), Addresses.bare(inviter),
					reason, clock.instant());
			groupListeners.fire(l -> l.invited(invitation));
		};
		manager.addInvitationListener(invitations);
	}

	@Override
	public CompletableFuture<Void> create(BareJid room, String nick) {
		return Blocking.run(executor, "create the room " + room, () -> {
			JoinedRoom joined = prepare(room);
			try {
				joined.muc().create(Addresses.nick(nick)).makeInstant();
			} catch (MultiUserChatException.MissingMucCreationAcknowledgeException e) {
				forget(room);
				throw new XmppOperationException("The room " + room + " already exists; join it instead.", e);
			} catch (Exception e) {
				forget(room);
				throw e;
			}
			joined.seedOccupants();
			return null;
		});
	}

	@Override
	public CompletableFuture<Void> join(BareJid room, String nick) {
		return Blocking.run(executor, "join the room " + room, () -> {
			JoinedRoom joined = prepare(room);
			MultiUserChat muc = joined.muc();
			MucEnterConfiguration enter = muc.getEnterConfigurationBuilder(Addresses.nick(nick))
					.requestMaxStanzasHistory(HISTORY_ON_JOIN).build();
			try {
				muc.join(enter);
			} catch (Exception e) {
				forget(room);
				throw e;
			}
			joined.seedOccupants();
			return null;
		});
	}

	@Override
	public CompletableFuture<Void> leave(BareJid room) {
		return Blocking.run(executor, "leave the room " + room, () -> {
			JoinedRoom joined = rooms.get(room);
			if (joined != null && joined.muc().isJoined()) {
				joined.muc().leave();
			}
			forget(room);
			return null;
		});
	}

	@Override
	public CompletableFuture<Void> setTopic(BareJid room, String topic) {
		return Blocking.run(executor, "change the topic of " + room, () -> {
			joined(room).muc().changeSubject(topic == null ? "" : topic);
			return null;
		});
	}

	/** The room's current topic as we last heard it, "" if none. */
	public String topic(BareJid room) {
		String subject = joined(room).muc().getSubject();
		return subject == null ? "" : subject;
	}

	/** Everyone in the room now, moderators first. */
	public List<Occupant> occupants(BareJid room) {
		return joined(room).occupants();
	}

	/** How many occupants besides us; 0 means nobody needs to be asked before inviting. */
	public int othersInRoom(BareJid room) {
		return joined(room).othersCount();
	}

	/** Our nick in the room. */
	public String nick(BareJid room) {
		return joined(room).myNick();
	}

	/** Sends the MUC invitation at once; to ask the room first, use {@link ConsentedInvitation}. */
	@Override
	public CompletableFuture<Void> invite(BareJid room, BareJid who, String reason) {
		return Blocking.run(executor, "invite " + who + " to " + room, () -> {
			joined(room).muc().invite(Addresses.entity(who), reason == null ? "" : reason);
			return null;
		});
	}

	/** Sends a plain message to the room. */
	public CompletableFuture<Void> send(BareJid room, String body) {
		return post(room, builder -> builder.setBody(body));
	}

	/** The latest {@code max} messages of the room from its archive (MAM), oldest first. */
	public CompletableFuture<List<ChatMessage>> history(BareJid room, int max) {
		return Blocking.run(executor, "load the history of " + room, () -> {
			JoinedRoom joined = joined(room);
			return RoomHistory.latest(joined.muc(), joined.myNick(), max, clock.instant());
		});
	}

	@Override
	public Registration addGroupChatListener(GroupChatListener listener) {
		return groupListeners.add(Objects.requireNonNull(listener, "listener"));
	}

	/** Hears the messages of all rooms we are in. */
	public Registration addChatListener(ChatListener listener) {
		return chatListeners.add(Objects.requireNonNull(listener, "listener"));
	}

	/** Sends a groupchat message that {@code content} fills in (body, extension elements). */
	CompletableFuture<Void> post(BareJid room, Consumer<MessageBuilder> content) {
		return Blocking.run(executor, "send to " + room, () -> {
			MultiUserChat muc = joined(room).muc();
			MessageBuilder builder = muc.buildMessage();
			content.accept(builder);
			muc.sendMessage(builder);
			return null;
		});
	}

	Registration onRoomMessage(BareJid room, Consumer<RoomMessage> listener) {
		return joined(room).onRoomMessage(listener);
	}

	@Override
	public void close() {
		manager.removeInvitationListener(invitations);
		rooms.values().forEach(JoinedRoom::detach);
		rooms.clear();
		if (ownedExecutor != null) {
			ownedExecutor.shutdownNow();
		}
	}

	private JoinedRoom prepare(BareJid room) {
		return rooms.computeIfAbsent(room, r -> {
			JoinedRoom joined = new JoinedRoom(r, manager.getMultiUserChat(Addresses.entity(r)), clock, groupListeners,
					chatListeners);
			joined.attach();
			return joined;
		});
	}

	private void forget(BareJid room) {
		JoinedRoom joined = rooms.remove(room);
		if (joined != null) {
			joined.detach();
		}
	}

	private JoinedRoom joined(BareJid room) {
		JoinedRoom joined = rooms.get(room);
		if (joined == null) {
			throw new IllegalStateException("You are not in the room " + room + ".");
		}
		return joined;
	}

	private static Thread daemon(Runnable task) {
		Thread thread = new Thread(task, "tact-groupchat");
		thread.setDaemon(true);
		return thread;
	}
}
