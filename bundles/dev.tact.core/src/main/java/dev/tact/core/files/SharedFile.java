package dev.tact.core.files;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A file someone shared: the link and the name it ends in. Clients share a file by uploading it (XEP-0363) and
 * sending the link as the whole message, with or without an out-of-band element (XEP-0066); so a message that is one
 * http(s) link ending in a file name is a shared file, and a link to a web page is not.
 */
public record SharedFile(URI url, String name) {

	private static final int LONGEST_LINK = 2048;
	private static final Pattern FILE_NAME = Pattern.compile(".+\\.[A-Za-z0-9]{1,10}");
	private static final Set<String> PAGES = Set.of("html", "htm", "xhtml", "php", "asp", "aspx", "jsp", "cgi");

	/** The file {@code body} shares, if it shares one. */
	public static Optional<SharedFile> in(String body) {
		if (body == null) {
			return Optional.empty();
		}
		String text = body.strip();
		if (text.isEmpty() || text.length() > LONGEST_LINK || text.chars().anyMatch(Character::isWhitespace)) {
			return Optional.empty();
		}
		try {
			URI url = new URI(text);
			String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
			if (!scheme.equals("https") && !scheme.equals("http") || url.getHost() == null || url.getRawQuery() != null) {
				return Optional.empty();
			}
			String name = FileDownloader.lastSegment(url);
			if (!FILE_NAME.matcher(name).matches()
					|| PAGES.contains(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT))) {
				return Optional.empty();
			}
			return Optional.of(new SharedFile(url, name));
		} catch (URISyntaxException e) {
			return Optional.empty();
		}
	}
}
