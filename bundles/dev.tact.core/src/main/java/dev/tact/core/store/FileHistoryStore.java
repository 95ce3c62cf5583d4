package dev.tact.core.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.ChatMessage;

/**
 * Keeps {@link LocalHistory} in one file, written to a temporary name and moved into place, so a crash leaves the
 * previous copy whole. Bounded when read back (so a damaged or planted file cannot make Tact allocate without end);
 * a file that cannot be read is logged and treated as empty.
 */
public final class FileHistoryStore implements LocalHistoryStore {

	private static final System.Logger LOG = System.getLogger(FileHistoryStore.class.getName());
	private static final int FORMAT = 1;
	private static final int MAX_ENTRIES = 10_000;
	private final Path file;

	public FileHistoryStore(Path file) {
		this.file = file;
	}

	@Override
	public LocalHistory load() {
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
			if (in.readInt() != FORMAT) {
				throw new IOException("unknown format");
			}
			List<BareJid> recent = new ArrayList<>();
			for (int i = count(in); i > 0; i--) {
				recent.add(BareJid.parse(MessageRecords.readString(in)));
			}
			Map<BareJid, List<Long>> days = new HashMap<>();
			for (int i = count(in); i > 0; i--) {
				BareJid jid = BareJid.parse(MessageRecords.readString(in));
				List<Long> list = new ArrayList<>();
				for (int d = count(in); d > 0; d--) {
					list.add(in.readLong());
				}
				days.put(jid, list);
			}
			Map<BareJid, List<ChatMessage>> pages = new HashMap<>();
			for (int i = count(in); i > 0; i--) {
				BareJid jid = BareJid.parse(MessageRecords.readString(in));
				List<ChatMessage> page = new ArrayList<>();
				for (int m = count(in); m > 0; m--) {
					page.add(MessageRecords.readShown(in));
				}
				pages.put(jid, page);
			}
			return new LocalHistory(recent, days, pages);
		} catch (NoSuchFileException e) {
			return LocalHistory.empty();
		} catch (IOException | RuntimeException e) {
			LOG.log(Level.WARNING, "Could not read Tact's local history from " + file + "; starting without it: " + e);
			return LocalHistory.empty();
		}
	}

	@Override
	public void save(LocalHistory history) {
		try {
			Files.createDirectories(file.getParent());
			Path temp = Files.createTempFile(file.getParent(), "history", ".tmp");
			try {
				try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
					out.writeInt(FORMAT);
					out.writeInt(history.recent().size());
					for (BareJid jid : history.recent()) {
						MessageRecords.writeString(out, jid.toString());
					}
					out.writeInt(history.talkDays().size());
					for (Map.Entry<BareJid, List<Long>> entry : history.talkDays().entrySet()) {
						MessageRecords.writeString(out, entry.getKey().toString());
						out.writeInt(entry.getValue().size());
						for (long day : entry.getValue()) {
							out.writeLong(day);
						}
					}
					out.writeInt(history.lastPages().size());
					for (Map.Entry<BareJid, List<ChatMessage>> entry : history.lastPages().entrySet()) {
						MessageRecords.writeString(out, entry.getKey().toString());
						out.writeInt(entry.getValue().size());
						for (ChatMessage message : entry.getValue()) {
							MessageRecords.writeShown(out, message);
						}
					}
				}
				Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} finally {
				Files.deleteIfExists(temp);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("Could not keep Tact's local history in " + file, e);
		}
	}

	private static int count(DataInputStream in) throws IOException {
		int count = in.readInt();
		if (count < 0 || count > MAX_ENTRIES) {
			throw new IOException("corrupt count " + count);
		}
		return count;
	}
}
