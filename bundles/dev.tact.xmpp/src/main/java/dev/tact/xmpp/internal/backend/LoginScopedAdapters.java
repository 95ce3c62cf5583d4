package dev.tact.xmpp.internal.backend;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.jivesoftware.smack.tcp.XMPPTCPConnection;

import dev.tact.core.address.BareJid;
import dev.tact.core.event.Registration;
import dev.tact.core.port.ChatListener;
import dev.tact.core.port.GroupChatListener;
import dev.tact.xmpp.internal.connection.ConnectionLifecycle;
import dev.tact.xmpp.internal.directory.SmackDirectorySearch;
import dev.tact.xmpp.internal.files.SmackFileSharing;
import dev.tact.xmpp.internal.muc.SmackGroupChat;
import dev.tact.xmpp.internal.vcard.SmackVCards;

/**
 * Group chat, files and directory search live on one Smack connection, and a reconnect may bring a new one: these
 * adapters are rebuilt at each login, and listeners registered once are carried over to each new group chat.
 */
final class LoginScopedAdapters implements ConnectionLifecycle {

	private final Executor executor;
	private final Clock clock;
	private final List<GroupChatListener> groupListeners = new CopyOnWriteArrayList<>();
	private final List<ChatListener> roomMessageListeners = new CopyOnWriteArrayList<>();
	private volatile SmackGroupChat groupChat;
	private volatile SmackFileSharing files;
	private volatile SmackDirectorySearch directory;
	private volatile SmackVCards cards;
	private volatile List<Registration> registrations = List.of();
	/** Every room entered in this session, left or not: a chat message through one is never a chat with the room. */
	private final Set<BareJid> roomsEntered = ConcurrentHashMap.newKeySet();

	LoginScopedAdapters(Executor executor, Clock clock) {
		this.executor = executor;
		this.clock = clock;
	}

	@Override
	public void loggedIn(XMPPTCPConnection connection, boolean resumed) {
		if (resumed && groupChat != null) {
			return; // the same stream goes on: rooms and managers are still valid
		}
		closeGroupChat();
		SmackGroupChat chat = new SmackGroupChat(connection, clock, executor);
		List<Registration> carried = new ArrayList<>();
		groupListeners.forEach(l -> carried.add(chat.addGroupChatListener(l)));
		roomMessageListeners.forEach(l -> carried.add(chat.addRoomMessageListener(l)));
		registrations = List.copyOf(carried);
		groupChat = chat;
		files = new SmackFileSharing(connection, executor);
		directory = new SmackDirectorySearch(connection, executor);
		cards = new SmackVCards(connection, executor);
	}

	@Override
	public void created(XMPPTCPConnection connection) {
		closeGroupChat();
	}

	Registration addGroupChatListener(GroupChatListener listener) {
		return carried(groupListeners, listener, SmackGroupChat::addGroupChatListener);
	}

	Registration addRoomMessageListener(ChatListener listener) {
		return carried(roomMessageListeners, listener, SmackGroupChat::addRoomMessageListener);
	}

	/** Registers {@code listener} with the current group chat and with every one a later login brings. */
	private <L> Registration carried(List<L> list, L listener, BiFunction<SmackGroupChat, L, Registration> add) {
		list.add(listener);
		SmackGroupChat current = groupChat;
		Registration live = current == null ? () -> {
		} : add.apply(current, listener);
		return () -> {
			list.remove(listener);
			live.close();
		};
	}

	/** {@code room} was entered (joined or created): from now on its address is known as a room's. */
	void entered(BareJid room) {
		roomsEntered.add(room);
	}

	/** Whether {@code address} is a room we are in, or were in during this session. */
	boolean isRoom(BareJid address) {
		return roomsEntered.contains(address);
	}

	/** Reads from the current group chat, or gives {@code none} while signed out. */
	<T> T readGroupChat(Function<SmackGroupChat, T> read, T none) {
		SmackGroupChat current = groupChat;
		return current == null ? none : read.apply(current);
	}

	<T> CompletableFuture<T> withGroupChat(Function<SmackGroupChat, CompletableFuture<T>> action) {
		SmackGroupChat current = groupChat;
		return current == null ? notSignedIn() : action.apply(current);
	}

	<T> CompletableFuture<T> withFiles(Function<SmackFileSharing, CompletableFuture<T>> action) {
		SmackFileSharing current = files;
		return current == null ? notSignedIn() : action.apply(current);
	}

	<T> CompletableFuture<T> withDirectory(Function<SmackDirectorySearch, CompletableFuture<T>> action) {
		SmackDirectorySearch current = directory;
		return current == null ? notSignedIn() : action.apply(current);
	}

	<T> CompletableFuture<T> withCards(Function<SmackVCards, CompletableFuture<T>> action) {
		SmackVCards current = cards;
		return current == null ? notSignedIn() : action.apply(current);
	}

	void close() {
		closeGroupChat();
	}

	private void closeGroupChat() {
		SmackGroupChat old = groupChat;
		groupChat = null;
		registrations.forEach(Registration::close);
		registrations = List.of();
		if (old != null) {
			old.close();
		}
	}

	private static <T> CompletableFuture<T> notSignedIn() {
		return CompletableFuture.failedFuture(new IllegalStateException("Sign in first."));
	}
}
