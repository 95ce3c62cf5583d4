package dev.tact.core.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tact.core.address.BareJid;

class OutboxTest {

	private static final BareJid DANA = BareJid.parse("dana@example.org");
	private static final Instant T0 = Instant.parse("2025-03-10T09:00:00Z");

	private final MemoryOutboxStorage storage = new MemoryOutboxStorage();
	private final Outbox outbox = new Outbox(storage);

	private static OutgoingMessage message(String id, String body) {
		return new OutgoingMessage(MessageId.of(id), DANA, body, T0, false, null, false);
	}

	private static List<String> ids(List<OutgoingMessage> messages) {
		return messages.stream().map(m -> m.id().value()).toList();
	}

	@Test
	void enqueuedMessagesSurviveARestartInOrder() {
		outbox.enqueue(message("1", "first"));
		outbox.enqueue(message("2", "second"));
		outbox.enqueue(message("3", "third"));
		outbox.acknowledge(MessageId.of("2"));

		Outbox afterRestart = new Outbox(storage);
		assertEquals(2, afterRestart.start());
		assertEquals(List.of("1", "3"), ids(afterRestart.takeReadyToSend()));
	}

	@Test
	void sameIdIsNeverQueuedTwice() {
		assertTrue(outbox.enqueue(message("1", "hello")));
		assertFalse(outbox.enqueue(message("1", "hello again")));
		assertEquals(List.of("hello"), storage.loadAll().stream().map(OutgoingMessage::body).toList());
		outbox.acknowledge(MessageId.of("1"));
		assertFalse(outbox.enqueue(message("1", "hello")), "an acknowledged id is never sent as a new message");
	}

	@Test
	void eachMessageIsHandedOutOncePerConnectionAndAgainWithTheSameIdAfterADrop() {
		outbox.enqueue(message("1", "a"));
		assertEquals(List.of("1"), ids(outbox.takeReadyToSend()));
		outbox.enqueue(message("2", "b"));
		assertEquals(List.of("2"), ids(outbox.takeReadyToSend()));
		assertEquals(List.of(), outbox.takeReadyToSend());

		outbox.acknowledge(MessageId.of("1"));
		outbox.connectionLost();
		assertEquals(List.of("2"), ids(outbox.takeReadyToSend()));
	}

	@Test
	void acknowledgedMessageIsRemovedFromStorage() {
		outbox.enqueue(message("1", "a"));
		assertTrue(outbox.acknowledge(MessageId.of("1")));
		assertEquals(List.of(), storage.loadAll());
		assertFalse(outbox.acknowledge(MessageId.of("1")));
	}

	@Test
	void duplicateEntriesInStorageReloadAsOneMessage() {
		OutboxStorageWithDuplicates duplicates = new OutboxStorageWithDuplicates(
				List.of(message("1", "a"), message("2", "b"), message("1", "a")));
		Outbox reloaded = new Outbox(duplicates);
		assertEquals(2, reloaded.start());
		assertEquals(List.of("1", "2"), ids(reloaded.pending()));
	}

	private record OutboxStorageWithDuplicates(List<OutgoingMessage> all) implements OutboxStorage {
		@Override
		public void store(OutgoingMessage message) {
		}

		@Override
		public void remove(MessageId id) {
		}

		@Override
		public List<OutgoingMessage> loadAll() {
			return all;
		}
	}

	@Test
	void aMessageThatEndsTwoStreamsLeavesTheOutboxAndTheStorage() {
		outbox.enqueue(message("1", "too big for the server"));
		outbox.enqueue(message("2", "next"));
		outbox.takeReadyToSend();

		assertFalse(outbox.streamEndedWith(MessageId.of("1")), "once may be the network");
		outbox.handBack(MessageId.of("2"));
		assertEquals(List.of("1", "2"), ids(outbox.takeReadyToSend()), "handed out again, in order");

		assertTrue(outbox.streamEndedWith(MessageId.of("1")), "twice, it is the message");
		assertEquals(List.of("2"), ids(outbox.pending()));
		assertEquals(List.of("2"), storage.loadAll().stream().map(m -> m.id().value()).toList());
		assertFalse(outbox.streamEndedWith(MessageId.of("1")), "gone is gone");
	}

	@Test
	void anAcknowledgementClearsTheCountOfEndedStreams() {
		outbox.enqueue(message("1", "hello"));
		outbox.takeReadyToSend();
		outbox.streamEndedWith(MessageId.of("1"));
		outbox.takeReadyToSend();
		outbox.acknowledge(MessageId.of("1"));

		assertFalse(outbox.streamEndedWith(MessageId.of("1")));
	}
}
