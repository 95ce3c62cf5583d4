package dev.tact.core.chat;

import java.util.List;

/**
 * A window of consecutive messages, oldest first, for the chat editor to show without touching the whole history.
 *
 * @param messages the messages of the window, oldest first
 * @param hasEarlier whether older messages exist before the first one (show a "load earlier" affordance)
 */
public record MessagePage(List<ChatMessage> messages, boolean hasEarlier) {

	public MessagePage {
		messages = List.copyOf(messages);
	}

	public static MessagePage empty() {
		return new MessagePage(List.of(), false);
	}

	public boolean isEmpty() {
		return messages.isEmpty();
	}
}
