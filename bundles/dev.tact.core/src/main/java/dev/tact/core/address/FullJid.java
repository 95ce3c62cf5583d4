package dev.tact.core.address;

import java.util.Objects;

/**
 * The address of one connected client of an account ({@code local@domain/resource}). Presence arrives per resource;
 * a contact online from a laptop and a phone has two full addresses and one {@link BareJid}.
 */
public record FullJid(BareJid bare, String resource) {

	private static final int MAX_RESOURCE_LENGTH = 1023;

	public FullJid {
		Objects.requireNonNull(bare, "bare");
		resource = resource == null ? "" : resource.strip();
		if (resource.length() > MAX_RESOURCE_LENGTH) {
			throw new IllegalArgumentException("A resource is longer than XMPP allows");
		}
	}

	/** Parses {@code local@domain/resource}; the resource may contain further slashes (RFC 7622 §3.4). */
	public static FullJid parse(String text) {
		Objects.requireNonNull(text, "text");
		String s = text.strip();
		int slash = s.indexOf('/');
		if (slash < 0) {
			return new FullJid(BareJid.parse(s), "");
		}
		return new FullJid(BareJid.parse(s.substring(0, slash)), s.substring(slash + 1));
	}

	/** Whether this address names one client rather than the account as a whole. */
	public boolean hasResource() {
		return !resource.isEmpty();
	}

	@Override
	public String toString() {
		return hasResource() ? bare + "/" + resource : bare.toString();
	}
}
