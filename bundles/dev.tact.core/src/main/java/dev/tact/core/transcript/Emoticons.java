package dev.tact.core.transcript;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classic text emoticons and the emoji they stand for. An emoticon is replaced only when it stands alone
 * (spaces or punctuation around it), so {@code C:Documents} or {@code a<3b} stay as written.
 */
public final class Emoticons {

	/** Emoticon to emoji, in the order the picker offers them. */
	public static final Map<String, String> ALL;

	static {
		Map<String, String> all = new LinkedHashMap<>();
		all.put(":)", "\uD83D\uDE42");
		all.put(":(", "\uD83D\uDE41");
		all.put(";)", "\uD83D\uDE09");
		all.put(":D", "\uD83D\uDE04");
		all.put(":P", "\uD83D\uDE1B");
		all.put("<3", "\u2764\uFE0F");
		ALL = Collections.unmodifiableMap(all);
	}

	private static final Pattern EMOTICON = Pattern.compile("(?<![\\w:;<])(:\\)|:\\(|;\\)|:D|:P|:p|<3)(?![\\w)(])");

	private Emoticons() {
	}

	/** {@code text} with every free-standing emoticon replaced by its emoji. */
	public static String render(String text) {
		if (text.indexOf(':') < 0 && text.indexOf(';') < 0 && text.indexOf('<') < 0) {
			return text;
		}
		Matcher matcher = EMOTICON.matcher(text);
		StringBuilder out = new StringBuilder(text.length());
		while (matcher.find()) {
			String emoticon = matcher.group(1);
			String emoji = ALL.get(emoticon.equals(":p") ? ":P" : emoticon);
			matcher.appendReplacement(out, Matcher.quoteReplacement(emoji));
		}
		matcher.appendTail(out);
		return out.toString();
	}
}
