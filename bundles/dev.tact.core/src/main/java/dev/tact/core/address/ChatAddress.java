package dev.tact.core.address;

/**
 * Whom a conversation is with: an account ({@link BareJid}: a contact, a stranger, or a group chat room) or one
 * occupant of a room, privately ({@link OccupantJid}). A private conversation is kept apart from the room's, so what
 * is written there, and any reply to it, stays between the two.
 */
public sealed interface ChatAddress permits BareJid, OccupantJid {

	/** The account the server routes by: the address itself, or the room an occupant is in. */
	BareJid bare();
}
