package dev.tact.ui.internal.chat;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where shared files are saved unless the user picks another folder: the user's Downloads folder, else home. */
final class Downloads {

	private Downloads() {
	}

	static Path folder() {
		Path home = Path.of(System.getProperty("user.home"));
		Path downloads = home.resolve("Downloads");
		return Files.isDirectory(downloads) ? downloads : home;
	}
}
