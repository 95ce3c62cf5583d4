package dev.tact.core.presence;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recovers the user's note from a status text written as {@link Presence#statusText}: "Busy — at lunch" gives
 * "at lunch", "Focusing until 10:45" gives "", and a text that does not follow that shape is the note itself.
 */
final class StatusNoteReader {

	private static final Pattern UNTIL_TIME = Pattern.compile("^ until \\d{1,2}:\\d{2}");
	private static final String[] SEPARATORS = { " \u2014 ", " \u2013 ", " - ", ": " };

	private StatusNoteReader() {
	}

	static String noteFrom(String status, PresenceState state) {
		String text = status.strip();
		String base = state.statusText();
		if (base.isEmpty() || !text.toLowerCase(Locale.ROOT).startsWith(base.toLowerCase(Locale.ROOT))) {
			return text;
		}
		String rest = UNTIL_TIME.matcher(text.substring(base.length())).replaceFirst("");
		if (rest.isBlank()) {
			return "";
		}
		for (String separator : SEPARATORS) {
			if (rest.startsWith(separator)) {
				return rest.substring(separator.length()).strip();
			}
		}
		return text;
	}
}
