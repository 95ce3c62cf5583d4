package dev.tact.core.chat;

/** What a participant is doing in a conversation (XEP-0085). */
public enum ChatState {
	ACTIVE,
	COMPOSING,
	PAUSED,
	INACTIVE,
	GONE
}
