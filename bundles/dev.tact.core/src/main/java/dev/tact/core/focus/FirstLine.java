package dev.tact.core.focus;

/** Cuts a preview down to its first non-blank line, truncated with an ellipsis, for a digest read at a glance. */
final class FirstLine {

	private static final String ELLIPSIS = "\u2026";

	private FirstLine() {
	}

	static String of(String text, int maxLength) {
		for (String line : text.split("\\R")) {
			String stripped = line.strip();
			if (!stripped.isEmpty()) {
				return truncated(stripped, maxLength);
			}
		}
		return "";
	}

	private static String truncated(String line, int maxLength) {
		if (line.length() <= maxLength) {
			return line;
		}
		int end = maxLength - ELLIPSIS.length();
		if (Character.isHighSurrogate(line.charAt(end - 1))) {
			end--;
		}
		return line.substring(0, end).stripTrailing() + ELLIPSIS;
	}
}
