package dev.tact.core.chat;

/** Whether a message was written by us (on any of our clients) or by someone else. */
public enum Direction {
	INCOMING,
	OUTGOING
}
