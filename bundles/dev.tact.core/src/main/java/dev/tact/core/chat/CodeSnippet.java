package dev.tact.core.chat;

import java.util.Locale;

/**
 * A piece of code sent in a message: a {@code path:line} reference the receiver's IDE can open (when the project
 * exists there) followed by the code in a fenced block, which every chat client shows as plain text.
 */
public final class CodeSnippet {

	private static final int MAX_CHARS = 20_000;

	private CodeSnippet() {
	}

	/**
	 * @param path      workspace path of the file, e.g. {@code shop/src/Cart.java}
	 * @param firstLine first selected line, 1-based
	 * @param lastLine  last selected line, 1-based
	 * @param code      the selected text
	 */
	public static String format(String path, int firstLine, int lastLine, String code) {
		String reference = path + ":" + firstLine + (lastLine > firstLine ? "-" + lastLine : "");
		String body = code.length() > MAX_CHARS ? code.substring(0, MAX_CHARS) + "\n\u2026 (cut)" : code;
		// a fence longer than any backtick run in the code keeps the block closed where it should be
		String fence = "```";
		while (body.contains(fence)) {
			fence += "`";
		}
		return reference + "\n" + fence + language(path) + "\n" + body.stripTrailing() + "\n" + fence;
	}

	/** A stack trace (or any console output) from {@code source}, fenced so it keeps its lines and indentation. */
	public static String stackTrace(String source, String text) {
		String body = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) + "\n\u2026 (cut)" : text;
		String fence = "```";
		while (body.contains(fence)) {
			fence += "`";
		}
		return "Stack trace from " + source + ":\n" + fence + "\n" + body.strip() + "\n" + fence;
	}

	static String language(String path) {
		int dot = path.lastIndexOf('.');
		String extension = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
		return switch (extension) {
		case "java" -> "java";
		case "xml", "product", "target" -> "xml";
		case "js", "ts", "py", "kt", "go", "rs", "sql", "json", "yaml", "yml", "sh", "md", "c", "cpp", "h" -> extension;
		default -> "";
		};
	}
}
