package dev.tact.core.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one way a peer's text reaches a widget: names, notes, topics, invitation reasons, previews and profile fields
 * are written by someone who may mean harm, so what is shown has no control characters, no bidi overrides or
 * isolates that would make it read other than it is, and a bounded length (cut at a character, never inside a
 * surrogate pair, with an ellipsis). Linear in the length of the input, whatever it holds.
 */
public final class DisplayText {

	/** Characters never shown: C0/C1 controls and the explicit direction marks (LRE, RLE, PDF, LRO, RLO, LRI…PDI). */
	private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");
	private static final Pattern LINE_BREAKS = Pattern.compile("\\R");
	private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");
	private static final char ELLIPSIS = '\u2026';

	private DisplayText() {
	}

	/** One line for a label, a tab, a menu or a tree row: only the first line of {@code text}, cut at {@code max}. */
	public static String line(String text, int max) {
		if (text == null) {
			return "";
		}
		String prefix = text.length() > 4L * max ? text.substring(0, 4 * max) : text; // never scan a megabyte
		String first = LINE_BREAKS.split(prefix, 2)[0];
		String clean = SPACES.matcher(INVISIBLE.matcher(first).replaceAll("")).replaceAll(" ").strip();
		return cut(clean, max, first.equals(prefix) && text.length() > prefix.length());
	}

	/** One line made of every line of {@code text} joined by spaces (a note or preview), cut at {@code max}. */
	public static String joined(String text, int max) {
		if (text == null) {
			return "";
		}
		String prefix = text.length() > 4L * max ? text.substring(0, 4 * max) : text;
		String clean = SPACES.matcher(INVISIBLE.matcher(LINE_BREAKS.matcher(prefix).replaceAll(" ")).replaceAll(""))
				.replaceAll(" ").strip();
		return cut(clean, max, text.length() > prefix.length());
	}

	/** Several lines for a text area (a profile, a reason): line breaks kept, the rest cleaned, cut at {@code max}. */
	public static String block(String text, int max) {
		if (text == null) {
			return "";
		}
		String prefix = text.length() > 4L * max ? text.substring(0, 4 * max) : text;
		StringBuilder out = new StringBuilder(Math.min(prefix.length(), max + 1));
		for (String line : LINE_BREAKS.split(prefix, -1)) {
			if (!out.isEmpty()) {
				out.append('\n');
			}
			out.append(INVISIBLE.matcher(line).replaceAll("").stripTrailing());
		}
		return cut(out.toString().strip(), max, text.length() > prefix.length());
	}

	/**
	 * A message body for the transcript, where code must stay exactly as written: every character keeps its place
	 * (no cut, indentation and tabs kept), but those that would make it read other than it is are shown as what they
	 * are. Controls become their control pictures ({@code ESC} as ␛), direction marks, overrides and isolates become
	 * {@code [U+202E]} (the "Trojan Source" trick: code that reads one way and compiles another). Line breaks and tabs
	 * stay; a carriage return goes. Linear in the length of the input.
	 */
	public static String body(String text) {
		if (text == null) {
			return "";
		}
		int first = firstShownOtherwise(text);
		if (first < 0) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
		for (int i = first; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!shownOtherwise(c)) {
				out.append(c);
			} else if (c == '\r') {
				continue; // what is left of CR LF; the LF is the line break
			} else if (c < 0x20) {
				out.append((char) (0x2400 + c));
			} else if (c == 0x7F) {
				out.append('\u2421');
			} else if (c <= 0x9F) {
				out.append('\uFFFD');
			} else {
				out.append("[U+").append(String.format(Locale.ROOT, "%04X", (int) c)).append(']');
			}
		}
		return out.toString();
	}

	private static int firstShownOtherwise(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (shownOtherwise(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	private static boolean shownOtherwise(char c) {
		if (c == '\n' || c == '\t') {
			return false;
		}
		return c < 0x20 || c >= 0x7F && c <= 0x9F || c == '\u200E' || c == '\u200F' || c >= '\u202A' && c <= '\u202E'
				|| c >= '\u2066' && c <= '\u2069';
	}

	private static String cut(String text, int max, boolean more) {
		if (text.length() <= max && !more) {
			return text;
		}
		int end = Math.min(text.length(), Math.max(0, max - 1)); // room for the ellipsis
		if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end).strip() + ELLIPSIS;
	}
}
