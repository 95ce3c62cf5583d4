package dev.tact.core.client;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.ChatMessage;
import dev.tact.core.chat.Conversation;

/**
 * Every open conversation, one per peer or room, created on first use. Listeners hear which conversation
 * changed (a message, a receipt, a correction, a typing notice) so an editor can refresh just itself.
 */
public final class Conversations {

	private final Map<BareJid, Conversation> byAddress = new ConcurrentHashMap<>();
	private final List<Consumer<BareJid>> listeners = new CopyOnWriteArrayList<>();

	/** The conversation with {@code address}, created empty if there was none. */
	public Conversation with(BareJid address) {
		return byAddress.computeIfAbsent(address, Conversation::new);
	}

	/** Adds {@code message} to its conversation and tells listeners; false if it was already there. */
	public boolean add(BareJid address, ChatMessage message) {
		boolean added = with(address).add(message);
		changed(address);
		return added;
	}

	public List<BareJid> addresses() {
		return List.copyOf(byAddress.keySet());
	}

	public void addChangeListener(Consumer<BareJid> listener) {
		listeners.add(listener);
	}

	public void removeChangeListener(Consumer<BareJid> listener) {
		listeners.remove(listener);
	}

	void changed(BareJid address) {
		for (Consumer<BareJid> listener : listeners) {
			listener.accept(address);
		}
	}
}
