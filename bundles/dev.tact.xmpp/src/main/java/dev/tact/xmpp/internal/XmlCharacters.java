package dev.tact.xmpp.internal;

/**
 * What XML 1.0 can carry. Smack escapes markup but writes any character it is given, and one a stanza cannot hold
 * (NUL and other C0 controls but tab and line breaks, lone surrogates, U+FFFE and U+FFFF) makes the server close the
 * stream: a BEL pasted into a note or an invitation would cut the user off. Such characters become U+FFFD.
 */
public final class XmlCharacters {

	private XmlCharacters() {
	}

	/** {@code raw} with every character XML cannot carry replaced by U+FFFD; null stays null. */
	public static String legal(String raw) {
		if (raw == null) {
			return null;
		}
		StringBuilder out = null;
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			boolean pair = Character.isHighSurrogate(c) && i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1));
			if (pair) {
				if (out != null) {
					out.append(c).append(raw.charAt(i + 1));
				}
				i++;
			} else if (allowed(c)) {
				if (out != null) {
					out.append(c);
				}
			} else {
				if (out == null) {
					out = new StringBuilder(raw.length()).append(raw, 0, i);
				}
				out.append('\uFFFD');
			}
		}
		return out == null ? raw : out.toString();
	}

	private static boolean allowed(char c) {
		if (Character.isSurrogate(c)) {
			return false;
		}
		return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
	}
}
