package dev.tact.core.client;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import dev.tact.core.address.ChatAddress;
import dev.tact.core.event.Listeners;
import dev.tact.core.event.Registration;

/**
 * What the user has not read yet, one count per conversation, one-to-one, rooms and private chats with a room's occupants alike, and the conversations the
 * user is reading right now (their editors visible in the active window), which never count: a message there is read
 * as it arrives. Opening or showing a conversation clears its count. Listeners hear which conversation changed.
 * Thread-safe.
 */
public final class Unread {

	private final Map<ChatAddress, Integer> counts = new ConcurrentHashMap<>();
	private final Set<ChatAddress> onScreen = ConcurrentHashMap.newKeySet();
	private final Listeners<ChatAddress> listeners = new Listeners<>("an unread-count listener");

	/** The number of unread messages in {@code conversation}. */
	public int count(ChatAddress conversation) {
		return counts.getOrDefault(conversation, 0);
	}

	/** Unread messages in every conversation together (the Contacts view's tab). */
	public int total() {
		return counts.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** Every conversation with something unread, and how much. */
	public Map<ChatAddress, Integer> snapshot() {
		return Map.copyOf(counts);
	}

	/** The user read {@code conversation}: its count goes. */
	public void markRead(ChatAddress conversation) {
		if (counts.remove(conversation) != null) {
			listeners.tell(conversation);
		}
	}

	/** The user is now reading {@code conversation}: its editor shows in the active window. What it had is read. */
	public void reading(ChatAddress conversation) {
		onScreen.add(Objects.requireNonNull(conversation, "conversation"));
		markRead(conversation);
	}

	/** {@code conversation} is no longer read: its editor was hidden or closed, or the window lost focus. */
	public void stoppedReading(ChatAddress conversation) {
		onScreen.remove(conversation);
	}

	/** Whether the user is reading {@code conversation} right now. */
	public boolean isReading(ChatAddress conversation) {
		return onScreen.contains(conversation);
	}

	public Registration addListener(Consumer<ChatAddress> listener) {
		return listeners.add(listener);
	}

	/** A new message in {@code conversation}; it counts unless the user is reading it. Returns whether it counted. */
	boolean arrived(ChatAddress conversation) {
		if (isReading(conversation)) {
			return false;
		}
		counts.merge(conversation, 1, Integer::sum);
		listeners.tell(conversation);
		return true;
	}

	/** The count of a conversation the user left (a room) goes with it. */
	void forget(ChatAddress conversation) {
		markRead(conversation);
	}
}
