package dev.tact.core.alert;

/** The kinds of incoming event the alert policy decides about (DESIGN §4). */
public enum EventKind {
	/** A one-to-one chat message. */
	MESSAGE,
	/** A group-chat message that mentions the user. */
	GROUP_MENTION,
	/** Someone added the user to their contacts and asks to see their presence. */
	ADD_REQUEST,
	/** An invitation into a group chat. */
	INVITE,
	/** A contact the user asked to watch ("tell me when Dana is available") became available. */
	WATCHED_CONTACT_AVAILABLE;

	/**
	 * Whether this kind is someone trying to reach the user now, so that a priority sender or an urgent mark may
	 * break through Do Not Disturb or a focus session. Add requests, invitations and watched contacts can wait for
	 * the digest: a room stays open, and a mediated invitation's inviter is only what the room's service claims, so
	 * nobody's standing can be borrowed to get through.
	 */
	public boolean canBreakThrough() {
		return this == MESSAGE || this == GROUP_MENTION;
	}
}
