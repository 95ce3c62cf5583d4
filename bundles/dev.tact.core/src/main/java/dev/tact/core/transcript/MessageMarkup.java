package dev.tact.core.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a message body into what the transcript shows differently: fenced code blocks, inline code, links with a
 * safe scheme (https, http, mailto, xmpp; anything else stays plain text), {@code path/File.java:42} references and
 * plain text with emoticons turned into emoji. Code is shown exactly as written.
 */
public final class MessageMarkup {

	/** How a run of text is shown. */
	public enum Kind {
		TEXT, CODE_BLOCK, INLINE_CODE, LINK, FILE_LINK
	}

	/**
	 * One run of a body.
	 *
	 * @param kind how it is shown
	 * @param text what is shown
	 * @param target for links the URL, for file links the path and line as written, else null
	 */
	public record Run(Kind kind, String text, String target) {
	}

	private static final Pattern FENCE = Pattern.compile("```[^\\n`]*\\n?(.*?)```", Pattern.DOTALL);
	private static final Pattern INLINE_CODE = Pattern.compile("`([^`\\n]+)`");
	private static final Pattern LINK_OR_FILE = Pattern.compile(
			"(?<url>(?i:https?://|mailto:|xmpp:)[^\\s<>\"'`]+)"
					+ "|(?<![\\w/.:-])(?<file>(?:[\\w.-]+/)*[\\w-][\\w.-]*\\.[A-Za-z]\\w*:\\d{1,7})(?![\\w:])");
	private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:!?)\\]]+$");

	private MessageMarkup() {
	}

	public static List<Run> parse(String body) {
		List<Run> runs = new ArrayList<>();
		Matcher fence = FENCE.matcher(body);
		int at = 0;
		while (fence.find()) {
			inline(body.substring(at, fence.start()), runs);
			runs.add(new Run(Kind.CODE_BLOCK, stripFinalNewline(fence.group(1)), null));
			at = fence.end();
			if (at < body.length() && body.charAt(at) == '\n') {
				at++; // the block already ends its line
			}
		}
		inline(body.substring(at), runs);
		return runs;
	}

	/** Whether {@code url} may be opened from a message: only schemes that cannot run anything locally. */
	public static boolean isSafeLink(String url) {
		String lower = url.toLowerCase(Locale.ROOT);
		return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:")
				|| lower.startsWith("xmpp:");
	}

	private static void inline(String text, List<Run> runs) {
		Matcher code = INLINE_CODE.matcher(text);
		int at = 0;
		while (code.find()) {
			links(text.substring(at, code.start()), runs);
			runs.add(new Run(Kind.INLINE_CODE, code.group(1), null));
			at = code.end();
		}
		links(text.substring(at), runs);
	}

	private static void links(String text, List<Run> runs) {
		Matcher link = LINK_OR_FILE.matcher(text);
		int at = 0;
		while (link.find()) {
			String url = link.group("url");
			String found = url != null ? trimPunctuation(url) : link.group("file");
			plain(text.substring(at, link.start()), runs);
			runs.add(new Run(url != null ? Kind.LINK : Kind.FILE_LINK, found, found));
			at = link.start() + found.length();
		}
		plain(text.substring(at), runs);
	}

	private static void plain(String text, List<Run> runs) {
		if (!text.isEmpty()) {
			runs.add(new Run(Kind.TEXT, Emoticons.render(text), null));
		}
	}

	private static String trimPunctuation(String url) {
		return TRAILING_PUNCTUATION.matcher(url).replaceFirst("");
	}

	private static String stripFinalNewline(String code) {
		return code.endsWith("\n") ? code.substring(0, code.length() - 1) : code;
	}
}
