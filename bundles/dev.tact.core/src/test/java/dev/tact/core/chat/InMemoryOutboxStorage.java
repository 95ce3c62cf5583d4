package dev.tact.core.chat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.tact.core.chat.OutboxStorage;

/** Outbox storage that survives a simulated restart by being handed to a new {@link Outbox}. */
final class InMemoryOutboxStorage implements OutboxStorage {

	private final Map<MessageId, OutgoingMessage> stored = new LinkedHashMap<>();
	int writes;

	@Override
	public void store(OutgoingMessage message) {
		writes++;
		stored.putIfAbsent(message.id(), message);
	}

	@Override
	public void remove(MessageId id) {
		stored.remove(id);
	}

	@Override
	public List<OutgoingMessage> loadAll() {
		return new ArrayList<>(stored.values());
	}
}
