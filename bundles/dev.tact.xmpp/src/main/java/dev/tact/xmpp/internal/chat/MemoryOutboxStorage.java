package dev.tact.xmpp.internal.chat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.tact.core.chat.MessageId;
import dev.tact.core.chat.OutgoingMessage;
import dev.tact.core.port.OutboxStorage;

/** An {@link OutboxStorage} that lives as long as the session: for tests, or until the UI supplies a durable one. */
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
