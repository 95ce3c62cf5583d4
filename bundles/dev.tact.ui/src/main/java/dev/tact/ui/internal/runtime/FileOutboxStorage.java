package dev.tact.ui.internal.runtime;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.MessageId;
import dev.tact.core.chat.OutgoingMessage;
import dev.tact.core.chat.OutboxStorage;

/**
 * Keeps unsent messages on disk, one small file per message, so what was typed survives an IDE restart. A file is
 * written to a temporary name and moved into place, so a crash never leaves half a message behind.
 */
public final class FileOutboxStorage implements OutboxStorage {

	private static final int FORMAT = 1;
	private final Path dir;

	public FileOutboxStorage(Path dir) {
		this.dir = dir;
	}

	@Override
	public void store(OutgoingMessage message) {
		try {
			Files.createDirectories(dir);
			Path temp = Files.createTempFile(dir, "msg", ".tmp");
			try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(temp))) {
				out.writeInt(FORMAT);
				writeString(out, message.id().value());
				writeString(out, message.to().toString());
				writeString(out, message.body());
				out.writeLong(message.createdAt().toEpochMilli());
				out.writeBoolean(message.groupChat());
				writeString(out, message.replaces() == null ? "" : message.replaces().value());
				out.writeBoolean(message.urgent());
			}
			Files.move(temp, file(message.id()), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			ILog.of(getClass()).error("Could not keep an unsent message on disk; it is kept in memory only", e);
		}
	}

	@Override
	public void remove(MessageId id) {
		try {
			Files.deleteIfExists(file(id));
		} catch (IOException e) {
			ILog.of(getClass()).warn("Could not remove a sent message from the outbox: " + e.getMessage());
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
					messages.add(read(in));
				} catch (IOException | RuntimeException e) {
					ILog.of(getClass()).warn("Skipping an unreadable outbox entry " + path.getFileName() + ": " + e);
				}
			}
		} catch (IOException e) {
			ILog.of(getClass()).error("Could not read the outbox", e);
		}
		messages.sort(Comparator.comparing(OutgoingMessage::createdAt));
		return messages;
	}

	private static OutgoingMessage read(DataInputStream in) throws IOException {
		if (in.readInt() != FORMAT) {
			throw new IOException("unknown outbox format");
		}
		MessageId id = MessageId.of(readString(in));
		BareJid to = BareJid.parse(readString(in));
		String body = readString(in);
		Instant created = Instant.ofEpochMilli(in.readLong());
		boolean group = in.readBoolean();
		String replaces = readString(in);
		boolean urgent = in.readBoolean();
		return new OutgoingMessage(id, to, body, created, group, replaces.isEmpty() ? null : MessageId.of(replaces), urgent);
	}

	private Path file(MessageId id) {
		// ids are ours (random, URL-safe) but may come back from disk or a peer: keep only safe characters
		return dir.resolve(id.value().replaceAll("[^A-Za-z0-9_-]", "_") + ".msg");
	}

	private static void writeString(OutputStream out, String value) throws IOException {
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		new DataOutputStream(out).writeInt(bytes.length);
		out.write(bytes);
	}

	private static String readString(InputStream in) throws IOException {
		int length = new DataInputStream(in).readInt();
		if (length < 0 || length > 16 * 1024 * 1024) {
			throw new IOException("corrupt outbox entry");
		}
		return new String(in.readNBytes(length), StandardCharsets.UTF_8);
	}
}
