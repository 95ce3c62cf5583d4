package dev.tact.core.etiquette;

/**
 * Removes code from a message before prose rules look at it: fenced blocks between {@code ```} lines and inline
 * spans between single backticks. An unclosed fence hides the rest of the text (it is being pasted as code); an
 * unclosed single backtick is kept as a literal. One pass, linear in the length.
 */
final class CodeSpans {

	private static final String FENCE = "```";

	private CodeSpans() {
	}

	/** The text with every code block and span replaced by a space. */
	static String strip(String text) {
		StringBuilder prose = new StringBuilder(text.length());
		int i = 0;
		int n = text.length();
		while (i < n) {
			if (text.startsWith(FENCE, i)) {
				int close = text.indexOf(FENCE, i + FENCE.length());
				if (close < 0) {
					break;
				}
				prose.append(' ');
				i = close + FENCE.length();
				continue;
			}
			char c = text.charAt(i);
			if (c == '`') {
				int close = indexOfInlineClose(text, i + 1);
				if (close >= 0) {
					prose.append(' ');
					i = close + 1;
					continue;
				}
			}
			prose.append(c);
			i++;
		}
		return prose.toString();
	}

	/** The closing backtick of an inline span; spans do not cross lines, which keeps the scan linear. */
	private static int indexOfInlineClose(String text, int from) {
		for (int j = from; j < text.length(); j++) {
			char c = text.charAt(j);
			if (c == '`') {
				return j;
			}
			if (c == '\n') {
				return -1;
			}
		}
		return -1;
	}
}
