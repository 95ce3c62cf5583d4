package dev.tact.core.chat;

/** An occupant's role in a group chat room (XEP-0045 §5.1). */
public enum Role {
	MODERATOR,
	PARTICIPANT,
	/** May read but not write in a moderated room. */
	VISITOR
}
