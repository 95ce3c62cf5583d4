package dev.tact.core.files;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Makes a file name that came from someone else (a URL, a sender's claim) safe to create in a directory the user
 * chose: one plain name, never a path. It keeps only the last path segment, drops control and bidirectional
 * override characters, replaces characters Windows forbids, strips leading dots (no hidden or {@code ..} files) and
 * trailing dots and spaces, renames Windows device names ({@code CON}, {@code NUL}, {@code COM1}…), and caps the
 * length while keeping a short extension.
 */
public final class FileNameSanitiser {

	/** What an unusable name becomes. */
	public static final String FALLBACK = "download";
	/** Longest result, in UTF-8 bytes; leaves room for a " (99)" suffix within common 255-byte limits. */
	public static final int MAX_BYTES = 200;

	private static final int MAX_EXTENSION = 16;
	private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
			"com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8",
			"lpt9", "conin$", "conout$");

	private FileNameSanitiser() {
	}

	/** A harmless file name for {@code raw}; never empty, never a path. */
	public static String sanitise(String raw) {
		if (raw == null) {
			return FALLBACK;
		}
		String name = lastSegment(Normalizer.normalize(raw, Normalizer.Form.NFC));
		name = replaceUnsafe(name);
		name = stripEdges(name);
		if (name.isEmpty()) {
			return FALLBACK;
		}
		if (isReserved(name)) {
			name = "_" + name;
		}
		return capLength(name);
	}

	private static String lastSegment(String name) {
		String[] parts = name.split("[/\\\\]");
		for (int i = parts.length - 1; i >= 0; i--) {
			if (!parts[i].isBlank() && !parts[i].strip().matches("\\.+")) {
				return parts[i];
			}
		}
		return "";
	}

	private static String replaceUnsafe(String name) {
		StringBuilder out = new StringBuilder(name.length());
		name.codePoints().forEach(c -> {
			if (Character.isISOControl(c) || isBidiControl(c) || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
				return; // invisible characters only hide what the name really is
			}
			if ("<>:\"|?*".indexOf(c) >= 0) {
				out.append('_');
			} else {
				out.appendCodePoint(c);
			}
		});
		return out.toString();
	}

	private static boolean isBidiControl(int c) {
		return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
				|| c == 0x061C;
	}

	private static String stripEdges(String name) {
		String s = name.strip();
		int start = 0;
		while (start < s.length() && (s.charAt(start) == '.' || Character.isWhitespace(s.charAt(start)))) {
			start++;
		}
		int end = s.length();
		while (end > start && (s.charAt(end - 1) == '.' || Character.isWhitespace(s.charAt(end - 1)))) {
			end--;
		}
		return s.substring(start, end);
	}

	private static boolean isReserved(String name) {
		int dot = name.indexOf('.');
		String base = (dot < 0 ? name : name.substring(0, dot)).strip().toLowerCase(Locale.ROOT);
		return RESERVED.contains(base);
	}

	private static String capLength(String name) {
		if (utf8Length(name) <= MAX_BYTES) {
			return name;
		}
		int dot = name.lastIndexOf('.');
		String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION ? name.substring(dot) : "";
		String base = extension.isEmpty() ? name : name.substring(0, dot);
		int budget = MAX_BYTES - utf8Length(extension);
		StringBuilder kept = new StringBuilder();
		int bytes = 0;
		for (int i = 0; i < base.length();) {
			int c = base.codePointAt(i);
			int size = utf8Length(new String(Character.toChars(c)));
			if (bytes + size > budget) {
				break;
			}
			kept.appendCodePoint(c);
			bytes += size;
			i += Character.charCount(c);
		}
		return stripEdges(kept.toString()) + extension;
	}

	private static int utf8Length(String s) {
		return s.getBytes(StandardCharsets.UTF_8).length;
	}
}
