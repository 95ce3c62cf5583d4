package dev.tact.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.MemoryOutboxStorage;
import dev.tact.core.chat.MessageId;
import dev.tact.core.chat.OutboxStorage;
import dev.tact.core.chat.OutgoingMessage;

/** The {@link OutboxStorage} contract, checked against every implementation Tact ships. */
class OutboxStorageContractTest {

	private static final BareJid DANA = BareJid.parse("dana@example.org");
	private static final Instant T0 = Instant.parse("2025-03-10T09:00:00Z");

	abstract static class Contract {

		abstract OutboxStorage storage();

		@Test
		void storingAnIdAgainReplacesTheEarlierCopy() {
			OutboxStorage storage = storage();
			OutgoingMessage first = message("1", "draft", T0);
			storage.store(first);
			storage.store(first.heldUntilAvailable());
			assertEquals(List.of(first.heldUntilAvailable()), storage.loadAll());
		}

		@Test
		void everythingComesBackInTheOrderItWasWrittenUntilRemoved() {
			OutboxStorage storage = storage();
			storage.store(message("1", "one", T0));
			storage.store(message("2", "two", T0.plusSeconds(1)));
			storage.store(message("3", "three", T0.plusSeconds(2)));
			storage.remove(MessageId.of("2"));
			storage.remove(MessageId.of("unknown"));
			assertEquals(List.of("one", "three"), storage.loadAll().stream().map(OutgoingMessage::body).toList());
		}

		@Test
		void everyFieldSurvives() {
			OutboxStorage storage = storage();
			OutgoingMessage full = new OutgoingMessage(MessageId.of("c"), DANA, "fixed \u2603\nline two", T0, true,
					MessageId.of("orig"), true, true, BareJid.parse("me@example.org"));
			storage.store(full);
			assertEquals(List.of(full), storage.loadAll());
		}
	}

	@Nested
	class InMemory extends Contract {
		@Override
		OutboxStorage storage() {
			return new MemoryOutboxStorage();
		}
	}

	@Nested
	class OnDisk extends Contract {
		@TempDir
		Path dir;

		@Override
		OutboxStorage storage() {
			return new FileOutboxStorage(dir.resolve("outbox"));
		}

		@Test
		void aWriteThatFailsThrowsSoTheSenderKnowsNothingWasKept() throws IOException {
			Path notADirectory = Files.writeString(dir.resolve("file"), "in the way");
			OutboxStorage storage = new FileOutboxStorage(notADirectory);
			assertThrows(UncheckedIOException.class, () -> storage.store(message("1", "lost?", T0)));
		}

		@Test
		void aDamagedEntryIsSkippedAndTheRestLoads() throws IOException {
			OutboxStorage storage = storage();
			storage.store(message("1", "good", T0));
			Files.write(dir.resolve("outbox").resolve("bad.msg"), new byte[] { 0, 0, 0, 1, 127, 0, 0, 0 });
			assertEquals(List.of("good"), storage.loadAll().stream().map(OutgoingMessage::body).toList());
		}

		@Test
		void aSessionOneEntryStillLoads() throws IOException {
			Path outbox = Files.createDirectories(dir.resolve("outbox"));
			try (var out = new DataOutputStream(Files.newOutputStream(outbox.resolve("old.msg")))) {
				out.writeInt(1);
				MessageRecords.writeString(out, "old");
				MessageRecords.writeString(out, DANA.toString());
				MessageRecords.writeString(out, "written before the upgrade");
				out.writeLong(T0.toEpochMilli());
				out.writeBoolean(false);
				MessageRecords.writeString(out, "");
				out.writeBoolean(false);
			}
			assertEquals(List.of(message("old", "written before the upgrade", T0)), storage().loadAll());
		}
	}

	static OutgoingMessage message(String id, String body, Instant at) {
		return new OutgoingMessage(MessageId.of(id), DANA, body, at, false, null, false);
	}
}
