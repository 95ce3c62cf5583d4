package dev.tact.core.transcript;

import java.util.Locale;

/**
 * How much of a long message the transcript shows before "Show all": laying out and wrapping a megabyte of text
 * freezes the editor, and a wall of text hides the conversation around it. The rest is one click away.
 */
public final class MessageExcerpt {

	/** At most this many characters of one message are shown at first. */
	public static final int SHOWN_CHARACTERS = 3_000;
	/** At most this many lines of one message are shown at first. */
	public static final int SHOWN_LINES = 40;

	private MessageExcerpt() {
	}

	/** Whether {@code body} is longer than what is shown at first. */
	public static boolean isLong(String body) {
		return cut(body) < body.length();
	}

	/** The start of {@code body} that is shown at first: all of it when it is short. */
	public static String of(String body) {
		int cut = cut(body);
		return cut == body.length() ? body : body.substring(0, cut);
	}

	/** The link after an excerpt: "Show all 1,204 lines (96 KB)". */
	public static String showAllLabel(String body) {
		long lines = body.chars().filter(c -> c == '\n').count() + 1;
		long kilobytes = (body.length() + 1023) / 1024;
		return String.format(Locale.ROOT, "Show all %,d lines (%,d KB)", lines, kilobytes);
	}

	/** Where the excerpt ends: after {@link #SHOWN_LINES} lines or {@link #SHOWN_CHARACTERS}, never inside a pair. */
	private static int cut(String body) {
		int limit = Math.min(body.length(), SHOWN_CHARACTERS);
		int lines = 0;
		for (int i = 0; i < limit; i++) {
			if (body.charAt(i) == '\n' && ++lines == SHOWN_LINES) {
				return i;
			}
		}
		if (limit < body.length() && Character.isLowSurrogate(body.charAt(limit))) {
			limit--;
		}
		return limit;
	}
}
