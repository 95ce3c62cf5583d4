package dev.tact.core.address;

import java.util.Locale;
import java.util.Objects;

/**
 * The bare address of an XMPP account ({@code local@domain}), normalised so that two spellings of the same
 * account compare equal. Resources are stripped: presence per resource is kept elsewhere.
 */
public record BareJid(String local, String domain) implements ChatAddress, Comparable<BareJid> {

	private static final int MAX_PART_LENGTH = 1023; // RFC 7622 limit per part, in bytes; chars are a safe bound

	public BareJid {
		Objects.requireNonNull(domain, "domain");
		local = local == null ? "" : local.strip().toLowerCase(Locale.ROOT);
		domain = domain.strip().toLowerCase(Locale.ROOT);
		if (domain.isEmpty()) {
			throw new IllegalArgumentException("An address needs a domain, as in name@example.org");
		}
		if (local.length() > MAX_PART_LENGTH || domain.length() > MAX_PART_LENGTH) {
			throw new IllegalArgumentException("An address part is longer than XMPP allows");
		}
		if (containsForbidden(local) || containsForbidden(domain)) {
			throw new IllegalArgumentException("An address may not contain spaces, quotes, '/', '<', '>' or '@' in its parts");
		}
	}

	/** Parses {@code local@domain} or {@code local@domain/resource}; the resource is dropped. */
	public static BareJid parse(String text) {
		Objects.requireNonNull(text, "text");
		String s = text.strip();
		int slash = s.indexOf('/');
		if (slash >= 0) {
			s = s.substring(0, slash);
		}
		int at = s.indexOf('@');
		if (at < 0) {
			return new BareJid("", s);
		}
		return new BareJid(s.substring(0, at), s.substring(at + 1));
	}

	@Override
	public BareJid bare() {
		return this;
	}

	/** The address as typed in a client, {@code local@domain}. */
	@Override
	public String toString() {
		return local.isEmpty() ? domain : local + "@" + domain;
	}

	@Override
	public int compareTo(BareJid other) {
		return toString().compareTo(other.toString());
	}

	private static boolean containsForbidden(String part) {
		for (int i = 0; i < part.length(); i++) {
			char c = part.charAt(i);
			if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '"' || c == '&' || c == '\''
					|| c == '/' || c == '<' || c == '>' || c == '@') {
				return true;
			}
		}
		return false;
	}
}
