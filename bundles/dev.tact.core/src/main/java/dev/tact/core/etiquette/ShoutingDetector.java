package dev.tact.core.etiquette;

import java.util.Locale;
import java.util.Set;

/**
 * Tells whether a message is written in capitals, the IM equivalent of shouting. Code spans and blocks are
 * ignored, and so are words that are capitals for a reason: known acronyms and keywords (SQL, JOIN, HTTP, NASA,
 * SELECT…), identifiers with digits or underscores (HTTP2, MAX_SIZE), and scripts without case (Hebrew, Arabic, CJK).
 * <p>
 * A message shouts when (1) at least {@value #MIN_LOUD_WORDS} words are in capitals, (2) at least one of them has
 * {@value #MIN_DECISIVE_LETTERS} letters or more (short capital words are too often acronyms to decide alone), and
 * (3) capital words hold at least {@value #MIN_LOUD_PERCENT}% of the cased letters. One pass, linear in the length.
 */
final class ShoutingDetector {

	static final int MIN_LOUD_WORDS = 2;
	static final int MIN_DECISIVE_LETTERS = 5;
	static final int MIN_LOUD_PERCENT = 60;
	private static final int LONGEST_ACRONYM = 12;

	private static final Set<String> ACRONYMS = Set.of("SQL", "JOIN", "HTTP", "HTTPS", "NASA", "API", "REST", "JSON",
			"XML", "HTML", "CSS", "URL", "URI", "JVM", "JDK", "JRE", "IDE", "OSGI", "XMPP", "SMTP", "IMAP", "TCP", "UDP",
			"DNS", "TLS", "SSL", "SSH", "AWS", "CPU", "GPU", "RAM", "FYI", "ASAP", "ETA", "EOD", "OOO", "TODO", "FIXME",
			"README", "LICENSE", "CHANGELOG", "SELECT", "INSERT", "UPDATE", "DELETE", "WHERE", "FROM", "GROUP", "ORDER",
			"HAVING", "UNION", "INNER", "OUTER", "LEFT", "RIGHT", "VALUES", "CREATE", "TABLE", "INDEX", "DISTINCT",
			"NULL", "COUNT", "LIMIT", "OFFSET", "BETWEEN", "EXISTS", "PRIMARY", "FOREIGN", "UNIQUE", "DEFAULT",
			"COMMIT", "ROLLBACK", "BEGIN", "DROP", "ALTER", "GRANT", "REVOKE", "POST", "PATCH", "HEAD", "OPTIONS",
			"ASCII", "UTF", "UNICODE", "YAML", "TOML", "POSIX", "CORBA", "UUID", "GUID", "LGTM", "PTAL", "AFAIK",
			"IMHO", "IIRC", "NATO", "UNESCO", "CEO", "CTO", "CFO");

	private ShoutingDetector() {
	}

	static boolean isShouting(String text) {
		if (text == null || text.isEmpty()) {
			return false;
		}
		String prose = CodeSpans.strip(text);
		WordTally tally = new WordTally();
		int i = 0;
		while (i < prose.length()) {
			int cp = prose.codePointAt(i);
			if (isWordPart(cp)) {
				i = tally.word(prose, i);
			} else {
				i += Character.charCount(cp);
			}
		}
		return tally.loudWords >= MIN_LOUD_WORDS && tally.decisive
				&& tally.loudLetters * 100L >= (long) tally.casedLetters * MIN_LOUD_PERCENT;
	}

	private static boolean isWordPart(int cp) {
		return Character.isLetterOrDigit(cp) || cp == '_';
	}

	/** Counts over the words of a text. */
	private static final class WordTally {
		int casedLetters;
		int loudLetters;
		int loudWords;
		boolean decisive;

		/** Reads the word starting at {@code start}; returns the index after it. */
		int word(String s, int start) {
			int upper = 0;
			int cased = 0;
			boolean identifier = false;
			int i = start;
			while (i < s.length()) {
				int cp = s.codePointAt(i);
				if (!isWordPart(cp)) {
					break;
				}
				if (Character.isUpperCase(cp)) {
					upper++;
					cased++;
				} else if (Character.isLowerCase(cp) || Character.isTitleCase(cp)) {
					cased++;
				} else if (!Character.isLetter(cp)) {
					identifier = true; // a digit or underscore
				}
				i += Character.charCount(cp);
			}
			casedLetters += cased;
			boolean loud = cased >= 2 && upper == cased && !identifier && !isAcronym(s, start, i, cased);
			if (loud) {
				loudWords++;
				loudLetters += cased;
				decisive |= cased >= MIN_DECISIVE_LETTERS;
			}
			return i;
		}

		private static boolean isAcronym(String s, int start, int end, int letters) {
			return letters <= LONGEST_ACRONYM && end - start <= 2 * LONGEST_ACRONYM
					&& ACRONYMS.contains(s.substring(start, end).toUpperCase(Locale.ROOT));
		}
	}
}
