package dev.tact.core.port;

import java.util.Objects;

import dev.tact.core.address.ChatAddress;
import dev.tact.core.chat.Author;
import dev.tact.core.chat.ChatState;

/** A participant's chat state (XEP-0085) in a conversation or room. */
public record ChatStateEvent(ChatAddress conversation, Author from, ChatState state) {

	public ChatStateEvent {
		Objects.requireNonNull(conversation, "conversation");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(state, "state");
	}
}
