package dev.tact.core.store;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import dev.tact.core.chat.MessageId;
import dev.tact.core.chat.OutboxStorage;
import dev.tact.core.chat.OutgoingMessage;

/**
 * Keeps unsent messages on disk, one small file per message, so what was typed survives an IDE restart. A file is
 * written to a temporary name and moved into place, so a crash never leaves half a message behind; a write that
 * fails throws, so the sender learns the message was not kept. An entry that cannot be read back (a newer format,
 * a damaged disk) is skipped and logged, never the reason nothing loads.
 */
public final class FileOutboxStorage implements OutboxStorage {

	private static final System.Logger LOG = System.getLogger(FileOutboxStorage.class.getName());
	private final Path dir;

	public FileOutboxStorage(Path dir) {
		this.dir = dir;
	}

	@Override
	public void store(OutgoingMessage message) {
		try {
			Files.createDirectories(dir);
			Path temp = Files.createTempFile(dir, "msg", ".tmp");
			try {
				try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(temp))) {
					MessageRecords.writeOutgoing(out, message);
				}
				Files.move(temp, file(message.id()), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} finally {
				Files.deleteIfExists(temp);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("Could not keep the message on disk in " + dir, e);
		}
	}

	@Override
	public void remove(MessageId id) {
		try {
			Files.deleteIfExists(file(id));
		} catch (IOException e) {
			throw new UncheckedIOException("Could not remove a sent message from " + dir, e);
		}
	}

	@Override
	public List<OutgoingMessage> loadAll() {
		List<OutgoingMessage> messages = new ArrayList<>();
		if (!Files.isDirectory(dir)) {
			return messages;
		}
		try (Stream<Path> files = Files.list(dir)) {
			for (Path path : files.filter(p -> p.getFileName().toString().endsWith(".msg")).toList()) {
				try (DataInputStream in = new DataInputStream(Files.newInputStream(path))) {
					messages.add(MessageRecords.readOutgoing(in));
				} catch (IOException | RuntimeException e) {
					LOG.log(Level.WARNING, "Skipping an unreadable outbox entry " + path.getFileName() + ": " + e);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException("Could not read the outbox in " + dir, e);
		}
		messages.sort(Comparator.comparing(OutgoingMessage::createdAt));
		return messages;
	}

	private Path file(MessageId id) {
		// ids are ours (random, URL-safe) but may come back from disk or a peer: keep only safe characters
		return dir.resolve(id.value().replaceAll("[^A-Za-z0-9_-]", "_") + ".msg");
	}
}
