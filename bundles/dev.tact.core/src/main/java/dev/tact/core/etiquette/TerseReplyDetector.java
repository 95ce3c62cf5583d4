package dev.tact.core.etiquette;

import java.util.List;
import java.util.Locale;

/**
 * Recognises a short reply that says "not now" ("in a meeting - talk later", "on a call", "brb"), which the guide
 * asks the reader not to take as rude.
 */
final class TerseReplyDetector {

	private static final int LONGEST_TERSE = 80;
	private static final List<String> PHRASES = List.of("in a meeting", "in meeting", "on a call", "in a call",
			"on the phone", "talk later", "talk to you later", "ttyl", "can't talk", "can\u2019t talk", "cant talk",
			"brb", "busy", "get back to you", "call you back", "reply soon", "later");

	private TerseReplyDetector() {
	}

	static boolean isTerseUnavailableReply(String text) {
		if (text == null || text.isBlank() || text.length() > LONGEST_TERSE) {
			return false;
		}
		String lower = text.toLowerCase(Locale.ROOT);
		for (String phrase : PHRASES) {
			if (lower.contains(phrase)) {
				return true;
			}
		}
		return false;
	}
}
