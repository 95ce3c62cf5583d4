package dev.tact.core.chat;

import java.util.List;

import dev.tact.core.chat.MessageId;
import dev.tact.core.chat.OutgoingMessage;

/**
 * Durable storage for messages not yet acknowledged by the server, so that what was typed while offline, or during
 * a server restart, survives a restart of the IDE. Calls are synchronous and expected to be quick local writes;
 * a failure is thrown as an unchecked exception so the UI can tell the user the message was not saved.
 */
public interface OutboxStorage {

	/** Persists {@code message}; storing an id that is already stored replaces it. */
	void store(OutgoingMessage message);

	/** Forgets the message with {@code id}; unknown ids are ignored. */
	void remove(MessageId id);

	/** Everything stored, in the order it was first stored. */
	List<OutgoingMessage> loadAll();
}
