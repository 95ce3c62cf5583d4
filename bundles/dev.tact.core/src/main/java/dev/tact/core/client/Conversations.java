package dev.tact.core.client;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import dev.tact.core.address.ChatAddress;
import dev.tact.core.chat.ChatMessage;
import dev.tact.core.chat.Conversation;

/**
 * Every open conversation, one per peer, room or room occupant spoken to privately, created on first use. Listeners hear which conversation
 * changed (a message, a receipt, a correction, a typing notice) so an editor can refresh just itself.
 */
public final class Conversations {

	private final Map<ChatAddress, Conversation> byAddress = new ConcurrentHashMap<>();
	private final List<Consumer<ChatAddress>> listeners = new CopyOnWriteArrayList<>();

	/** The conversation with {@code address}, created empty if there was none. */
	public Conversation with(ChatAddress address) {
		return byAddress.computeIfAbsent(address, Conversation::new);
	}

	/** Adds {@code message} to its conversation and tells listeners; false if it was already there. */
	public boolean add(ChatAddress address, ChatMessage message) {
		boolean added = with(address).add(message);
		changed(address);
		return added;
	}

	public List<ChatAddress> addresses() {
		return List.copyOf(byAddress.keySet());
	}

	public void addChangeListener(Consumer<ChatAddress> listener) {
		listeners.add(listener);
	}

	public void removeChangeListener(Consumer<ChatAddress> listener) {
		listeners.remove(listener);
	}

	void changed(ChatAddress address) {
		for (Consumer<ChatAddress> listener : listeners) {
			listener.accept(address);
		}
	}
}
