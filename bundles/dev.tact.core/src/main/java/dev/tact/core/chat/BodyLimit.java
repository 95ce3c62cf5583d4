package dev.tact.core.chat;

import java.util.Locale;

/**
 * The most of one message body Tact keeps. Standard servers carry no stanza over 256 KiB by default; a body longer
 * than that comes from a server that relays anything, and kept whole it could fill the IDE's memory one message at a
 * time. It is cut, and says so.
 */
public final class BodyLimit {

	/** The most characters a body has once kept, the note included. */
	public static final int KEPT_CHARACTERS = 256 * 1024;
	/** Room left for the note, so that a body already cut is not cut again. */
	private static final int NOTE_ROOM = 200;

	private BodyLimit() {
	}

	/** {@code body} as kept: unchanged up to {@link #KEPT_CHARACTERS}, else its start and a note of what was left out. */
	public static String kept(String body) {
		if (body.length() <= KEPT_CHARACTERS) {
			return body;
		}
		int keep = KEPT_CHARACTERS - NOTE_ROOM;
		if (Character.isLowSurrogate(body.charAt(keep))) {
			keep--;
		}
		String note = String.format(Locale.ROOT, "\n[%,d more KB not kept: no standard server carries a message this long]",
				(body.length() - keep + 1023) / 1024);
		return body.substring(0, keep) + note;
	}
}
