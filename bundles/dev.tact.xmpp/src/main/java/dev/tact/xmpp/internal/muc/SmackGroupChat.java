package dev.tact.xmpp.internal.muc;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.packet.MessageBuilder;
import org.jivesoftware.smackx.chatstates.packet.ChatStateExtension;
import org.jivesoftware.smackx.muc.InvitationListener;
import org.jivesoftware.smackx.muc.MucEnterConfiguration;
import org.jivesoftware.smackx.muc.MultiUserChat;
import org.jivesoftware.smackx.muc.MultiUserChatException;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.jxmpp.jid.DomainBareJid;

import dev.tact.core.address.BareJid;
import dev.tact.core.address.OccupantJid;
import dev.tact.core.consent.ConsentedInvitation;
import dev.tact.core.chat.ChatMessage;
import dev.tact.core.chat.ChatState;
import dev.tact.core.chat.MessageId;
import dev.tact.core.chat.MessagePage;
import dev.tact.core.chat.Occupant;
import dev.tact.core.chat.OutgoingMessage;
import dev.tact.core.port.ChatListener;
import dev.tact.core.port.ConsentAsk;
import dev.tact.core.port.GroupChatListener;
import dev.tact.core.port.GroupChatPort;
import dev.tact.core.port.InvitationProgressListener;
import dev.tact.core.port.PendingInvitation;
import dev.tact.core.event.Registration;
import dev.tact.core.port.RoomInvitation;
import dev.tact.core.time.TaskScheduler;
import dev.tact.xmpp.internal.XmlCharacters;
import dev.tact.xmpp.internal.XmppAccountSession;
import dev.tact.xmpp.internal.chat.OutgoingMessageWriter;
import dev.tact.xmpp.internal.chat.PrivateMessageWriter;

/**
 * Group chat rooms (XEP-0045) over one connection, with Smack's {@link MultiUserChatManager}. Blocking work runs on
 * an executor; every method returns at once. Room messages reach {@link #addRoomMessageListener(ChatListener) chat
 * listeners} as {@link dev.tact.core.port.IncomingMessageEvent}s with {@code groupChat} set; messages of the
 * discussion history sent on join come with {@link dev.tact.core.port.MessageSource#ARCHIVE}.
 */
public final class SmackGroupChat implements GroupChatPort, AutoCloseable {

	/** How many past messages the room sends when we enter. */
	public static final int HISTORY_ON_JOIN = 20;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final XMPPConnection connection;
	private final MultiUserChatManager manager;
	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(SmackGroupChat::daemon);
	private final Clock clock;
	private final Executor executor;
	private final ExecutorService ownedExecutor;
	private final Map<BareJid, JoinedRoom> rooms = new ConcurrentHashMap<>();
	private final GroupChatListeners<GroupChatListener> groupListeners = new GroupChatListeners<>();
	private final GroupChatListeners<ChatListener> chatListeners = new GroupChatListeners<>();
	private final InvitationListener invitations;
	private final SmackConsentChannel consent = new SmackConsentChannel(this);

	/** Group chat for a session, with the system clock and its own background threads. */
	public SmackGroupChat(XmppAccountSession session) {
		this(session.smackConnection().orElseThrow(() -> new IllegalStateException("Sign in first.")), Clock.systemUTC(), null);
	}

	/**
	 * @param executor where blocking calls run; null for a private pool that {@link #close()} shuts down
	 */
	public SmackGroupChat(XMPPConnection connection, Clock clock, Executor executor) {
		this.connection = Objects.requireNonNull(connection, "connection");
		this.manager = MultiUserChatManager.getInstanceFor(connection);
		this.clock = Objects.requireNonNull(clock, "clock");
		this.ownedExecutor = executor == null ? Executors.newCachedThreadPool(SmackGroupChat::daemon) : null;
		this.executor = executor == null ? ownedExecutor : executor;
		MucServices services = new MucServices(connection);
		this.invitations = (conn, room, inviter, reason, password, message, invite) -> {
			if (inviter == null) {
				return;
			}
			BareJid address = Addresses.bare(room.getRoom());
			Instant at = clock.instant();
			this.executor.execute(() -> {
				// Only a room on a group chat service vouches for who invited; from anyone else, the sender is who it is.
				BareJid from = services.isMucService(room.getRoom().asDomainBareJid()) ? Addresses.bare(inviter) : address;
				RoomInvitation invitation = new RoomInvitation(address, from, reason, at);
				groupListeners.fire(l -> l.invited(invitation));
			});
		};
		manager.addInvitationListener(invitations);
	}

	/** A random room name on the first group chat service the server lists (XEP-0045 §6.1 discovery). */
	@Override
	public CompletableFuture<BareJid> newRoomAddress() {
		return Blocking.run(executor, "find the server's group chat service", () -> {
			List<DomainBareJid> services = manager.getMucServiceDomains();
			if (services.isEmpty()) {
				throw new XmppOperationException("Your server offers no group chat service.", null);
			}
			String name = "tact-" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36).toLowerCase(Locale.ROOT);
			return new BareJid(name, services.get(0).toString());
		});
	}

	@Override
	public CompletableFuture<Void> create(BareJid room, String nick) {
		return Blocking.run(executor, "create the room " + room, () -> {
			JoinedRoom joined = prepare(room);
			try {
				joined.entering(false);
				joined.muc().create(Addresses.nick(nick));
				RoomSetup.configureNew(joined.muc());
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
			if (muc.isJoined()) {
				return null; // entering again after a resumed stream: we never left
			}
			MucEnterConfiguration enter = muc.getEnterConfigurationBuilder(Addresses.nick(nick))
					.requestMaxStanzasHistory(HISTORY_ON_JOIN).build();
			try {
				joined.entering(true);
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
			joined(room).muc().changeSubject(topic == null ? "" : XmlCharacters.legal(topic));
			return null;
		});
	}

	@Override
	public String topic(BareJid room) {
		JoinedRoom joined = rooms.get(room);
		String subject = joined == null ? null : joined.muc().getSubject();
		return subject == null ? "" : subject;
	}

	@Override
	public List<Occupant> occupants(BareJid room) {
		JoinedRoom joined = rooms.get(room);
		return joined == null ? List.of() : joined.occupants();
	}

	/** Our nick in the room. */
	public String nick(BareJid room) {
		return joined(room).myNick();
	}

	/** Sends the MUC invitation at once; {@link #inviteWithConsent} asks the room first. */
	@Override
	public CompletableFuture<Void> invite(BareJid room, BareJid who, String reason) {
		return Blocking.run(executor, "invite " + who + " to " + room, () -> {
			joined(room).muc().invite(Addresses.entity(who), reason == null ? "" : XmlCharacters.legal(reason));
			return null;
		});
	}

	@Override
	public PendingInvitation inviteWithConsent(BareJid room, BareJid who, String reason, Duration window,
			InvitationProgressListener listener) {
		return new ConsentedInvitation(consent, clock, TaskScheduler.of(timer), window).request(room, who, reason, listener);
	}

	@Override
	public CompletableFuture<Void> object(ConsentAsk ask) {
		return ConsentedInvitation.object(consent, ask);
	}

	/** Sends a plain message to the room. */
	public CompletableFuture<Void> send(BareJid room, String body) {
		return post(room, builder -> builder.setBody(body));
	}

	@Override
	public CompletableFuture<Void> send(OutgoingMessage message) {
		if (!message.groupChat()) {
			return CompletableFuture.failedFuture(new IllegalArgumentException("Not a group chat message: " + message.id()));
		}
		return Blocking.run(executor, "send to " + message.to(), () -> {
			joined(message.to());
			connection.sendStanza(OutgoingMessageWriter.write(message));
			return null;
		});
	}

	@Override
	public CompletableFuture<Void> sendPrivately(OccupantJid to, MessageId id, String body) {
		return Blocking.run(executor, "send privately to " + to.nick(), () -> {
			JoinedRoom joined = joined(to.room());
			if (joined.occupants().stream().noneMatch(occupant -> occupant.nick().equals(to.nick()))) {
				throw new IllegalStateException(to.nick() + " is not in the room " + to.room() + " now.");
			}
			connection.sendStanza(PrivateMessageWriter.write(to, id, body));
			return null;
		});
	}

	/** The latest {@code max} messages of the room from its archive (MAM), oldest first. */
	public CompletableFuture<List<ChatMessage>> history(BareJid room, int max) {
		return history(room, null, max).thenApply(MessagePage::messages);
	}

	@Override
	public CompletableFuture<MessagePage> history(BareJid room, String beforeArchiveId, int count) {
		return Blocking.run(executor, "load the history of " + room, () -> {
			JoinedRoom joined = joined(room);
			return RoomHistory.page(joined.muc(), joined.myNick(), beforeArchiveId, count, clock.instant());
		});
	}

	@Override
	public Registration addGroupChatListener(GroupChatListener listener) {
		return groupListeners.add(Objects.requireNonNull(listener, "listener"));
	}

	@Override
	public void sendChatState(BareJid room, ChatState state) {
		if (rooms.containsKey(room)) {
			org.jivesoftware.smackx.chatstates.ChatState smackState = org.jivesoftware.smackx.chatstates.ChatState
					.valueOf(state.name().toLowerCase(Locale.ROOT));
			post(room, builder -> builder.addExtension(new ChatStateExtension(smackState)));
		}
	}

	@Override
	public Registration addRoomMessageListener(ChatListener listener) {
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
		timer.shutdownNow();
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
