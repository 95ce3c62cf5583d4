package dev.tact.xmpp.internal.roster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jivesoftware.smack.roster.rosterstore.DirectoryRosterStore;
import org.jivesoftware.smack.roster.rosterstore.RosterStore;

/** Opens the on-disk roster of an account, or starts a fresh one when there is none or it is unreadable. */
final class RosterStores {

	private RosterStores() {
	}

	static RosterStore openOrCreate(Path dir) {
		try {
			Files.createDirectories(dir);
		} catch (IOException e) {
			return null; // no store: the full roster is fetched at each login, as without versioning
		}
		DirectoryRosterStore existing = DirectoryRosterStore.open(dir.toFile());
		return existing != null ? existing : DirectoryRosterStore.init(dir.toFile());
	}
}
