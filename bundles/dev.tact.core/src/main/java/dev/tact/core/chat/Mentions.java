package dev.tact.core.chat;

import java.util.Locale;

/** Whether a group chat message mentions someone by nick, as a word of its own ("kim:", "@kim", "thanks Kim!"). */
public final class Mentions {

	private Mentions() {
	}

	public static boolean mentions(String body, String nick) {
		if (body == null || nick == null || nick.isBlank()) {
			return false;
		}
		String text = body.toLowerCase(Locale.ROOT);
		String name = nick.strip().toLowerCase(Locale.ROOT);
		for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
			boolean startsWord = at == 0 || !isNickChar(text.charAt(at - 1));
			int end = at + name.length();
			boolean endsWord = end == text.length() || !isNickChar(text.charAt(end));
			if (startsWord && endsWord) {
				return true;
			}
		}
		return false;
	}

	private static boolean isNickChar(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '-';
	}
}
