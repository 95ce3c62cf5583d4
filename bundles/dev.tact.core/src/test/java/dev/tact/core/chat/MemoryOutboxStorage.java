package dev.tact.core.chat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.tact.core.chat.MessageId;
import dev.tact.core.chat.OutgoingMessage;

/**
 * Unsent messages kept in memory only: for headless sessions (the demo's teammates), benchmarks and tests. The IDE
 * keeps its outbox on disk so that what was typed survives a restart.
 */
public final class MemoryOutboxStorage implements OutboxStorage {

	private final Map<MessageId, OutgoingMessage> stored = new LinkedHashMap<>();

	@Override
	public synchronized void store(OutgoingMessage message) {
		stored.put(message.id(), message);
	}

	@Override
	public synchronized void remove(MessageId id) {
		stored.remove(id);
	}

	@Override
	public synchronized List<OutgoingMessage> loadAll() {
		return new ArrayList<>(stored.values());
	}
}
