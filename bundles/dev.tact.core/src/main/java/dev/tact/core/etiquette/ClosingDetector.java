package dev.tact.core.etiquette;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells whether a short message ends a conversation: "bye", "thanks, talk later", "ttyl", "cheers", "have a good
 * one", "see you tomorrow", "tschüss", "à plus", "hasta luego", "bye 👋", and the like (not words that also greet,
 * such as "ciao" or "salut"). A message is a closing when, once its closing phrases, thanks, names and punctuation
 * are taken away, at most one short word is left; anything with a question or more to say is not. Short messages only, so it is cheap on any input.
 */
final class ClosingDetector {

	private static final int LONGEST_CLOSING = 80;
	/** Phrases that end a conversation, longest first so "talk to you later" wins over "later". */
	private static final List<String> PHRASES = List.of("talk to you later", "talk to you soon", "speak to you later",
			"have a good one", "have a good day", "have a great day", "have a nice day", "have a good evening",
			"have a good weekend", "have a nice weekend", "have a great weekend", "see you tomorrow",
			"see you later", "see you soon", "see you", "see ya", "catch you later", "take care", "talk later",
			"talk soon", "speak soon", "good night", "gotta go", "got to go", "signing off", "heading out",
			"logging off", "bye bye", "goodbye", "good bye", "byebye", "bye", "cya", "ttyl", "ttys", "gtg", "g2g",
			"later", "laters", "cheers", "night",
			// other languages a team may write in
			"bis später", "bis spaeter", "bis morgen", "bis bald", "schönen abend", "schoenen abend", "tschüss",
			"tschuess", "tschüs", "à plus", "a plus", "à demain", "a demain", "à bientôt",
			"a bientot", "bonne soirée", "bonne soiree", "bonne journée", "bonne journee", "au revoir",
			"hasta luego", "hasta mañana", "hasta manana", "nos vemos", "adiós", "adios", "chao", "tot ziens",
			"doei", "arrivederci", "a dopo", "a domani", "até logo", "ate logo", "tchau", "hej då", "hej da",
			"do widzenia", "pa pa", "пока", "до свидания", "またね", "じゃあね", "再见", "拜拜");
	/** Words that may stand beside a closing without making it more than one. */
	private static final Set<String> COURTESIES = Set.of("thanks", "thank", "you", "thx", "ty", "tnx", "many", "a",
			"lot", "again", "ok", "okay", "k", "kk", "sure", "great", "cool", "alright", "all", "right", "then", "for",
			"now", "so", "and", "well", "everyone", "folks", "team", "guys", "y'all", "danke", "merci",
			"gracias", "grazie", "obrigado", "obrigada", "bedankt", "tack", "dzięki", "спасибо", "ありがとう", "谢谢", "oh",
			"yeah", "yep", "mate", "buddy", "dude", "friend", "appreciated", "appreciate", "it", "much", "very",
			"super", "perfect", "noted", "got", "gotcha", "will", "do", "👍", "soon", "tomorrow", "monday");

	private ClosingDetector() {
	}

	/** Whether {@code text} is a closing; {@code names} (the people's names) may appear in it too. */
	static boolean isClosing(String text, String names) {
		if (text == null || text.isBlank() || text.length() > LONGEST_CLOSING || text.contains("?")) {
			return false;
		}
		String rest = " " + words(text) + " ";
		boolean closed = false;
		for (String phrase : PHRASES) {
			String wanted = " " + phrase + " ";
			while (rest.contains(wanted)) {
				rest = rest.replace(wanted, " ");
				closed = true;
			}
		}
		if (!closed) {
			return false;
		}
		Set<String> nameWords = Set.of(words(names == null ? "" : names).split(" "));
		int leftover = 0;
		for (String word : rest.strip().split(" +")) {
			if (!word.isEmpty() && !COURTESIES.contains(word) && !nameWords.contains(word) && ++leftover > 1) {
				return false;
			}
		}
		return true;
	}

	/** Lower case, accents folded only where the phrase lists both, punctuation and emoji as spaces. */
	private static String words(String text) {
		String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		StringBuilder out = new StringBuilder(lower.length());
		for (int i = 0; i < lower.length();) {
			int cp = lower.codePointAt(i);
			i += Character.charCount(cp);
			if (Character.isLetterOrDigit(cp) || cp == '\'' || cp == 0x2019 || cp == 0x1F44D) {
				out.appendCodePoint(cp == 0x2019 ? '\'' : cp);
			} else {
				out.append(' ');
			}
		}
		return out.toString().replaceAll(" +", " ").strip();
	}
}
