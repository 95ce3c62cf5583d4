package dev.tact.benchmarks;

import java.util.List;

import dev.tact.core.chat.MessageId;
import dev.tact.core.chat.OutgoingMessage;
import dev.tact.core.port.OutboxStorage;

/** Nothing is sent in these benchmarks, so nothing needs to survive a restart. */
final class NoOutboxStorage implements OutboxStorage {

	@Override
	public void store(OutgoingMessage message) {
	}

	@Override
	public void remove(MessageId id) {
	}

	@Override
	public List<OutgoingMessage> loadAll() {
		return List.of();
	}
}
