package dev.tact.core.etiquette;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells whether a message is only a greeting ("hi", "hey there", "hello?", "Hi Dana!", "you around?"), with no
 * topic. Punctuation and emoji are ignored; any other word, or a digit, makes it a real message. Short messages
 * only, so it is cheap on any input.
 */
final class GreetingDetector {

	private static final int LONGEST_GREETING = 60;
	private static final int MOST_WORDS = 6;
	private static final Set<String> GREETINGS = Set.of("hi", "hey", "hello", "hiya", "heya", "howdy", "yo", "hallo",
			"hola", "morning", "ping", "sup", "hii", "heyy", "helo", "there", "around");
	private static final Set<String> FILLERS = Set.of("good", "afternoon", "evening", "you", "are", "u", "r", "all",
			"again", "dear", "oh", "o", "and", "how", "s");

	private GreetingDetector() {
	}

	/**
	 * Whether {@code text} is a bare greeting. Words of {@code recipientName} are allowed, and so is one unknown word
	 * right after a greeting word, taken for a nickname or "team" ("hi Bob", "hey team").
	 */
	static boolean isBareGreeting(String text, String recipientName) {
		if (text == null || text.isBlank() || text.length() > LONGEST_GREETING) {
			return false;
		}
		List<String> words = new ArrayList<>();
		if (!splitWords(text, words) || words.isEmpty() || words.size() > MOST_WORDS) {
			return false;
		}
		List<String> nameWords = new ArrayList<>();
		splitWords(recipientName == null ? "" : recipientName, nameWords);
		boolean greeted = false;
		boolean nameGuessed = false;
		for (int k = 0; k < words.size(); k++) {
			String word = words.get(k);
			if (GREETINGS.contains(word)) {
				greeted = true;
			} else if (!FILLERS.contains(word) && !nameWords.contains(word)) {
				boolean afterGreeting = k > 0 && GREETINGS.contains(words.get(k - 1));
				if (nameGuessed || !afterGreeting) {
					return false;
				}
				nameGuessed = true;
			}
		}
		return greeted;
	}

	/** Lower-cased letter runs of {@code text}; false if it contains a digit (a number means a topic). */
	private static boolean splitWords(String text, List<String> words) {
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			i += Character.charCount(cp);
			if (Character.isDigit(cp)) {
				return false;
			}
			if (Character.isLetter(cp)) {
				word.appendCodePoint(cp);
			} else if (cp != '\'' && cp != '\u2019' && !word.isEmpty()) {
				words.add(word.toString().toLowerCase(Locale.ROOT));
				word.setLength(0);
			}
		}
		if (!word.isEmpty()) {
			words.add(word.toString().toLowerCase(Locale.ROOT));
		}
		return true;
	}
}
