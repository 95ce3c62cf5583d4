package dev.tact.core.etiquette;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import dev.tact.core.chat.ChatMessage;
import dev.tact.core.contacts.Familiarity;
import dev.tact.core.presence.Presence;

/**
 * Everything the send-time rules look at, gathered by the chat editor when the user presses send. Null-safe: a
 * missing text is empty, a missing history is empty, a missing presence means "unknown" and no presence hint.
 *
 * @param text what the user typed
 * @param recentHistory the last messages of the conversation, oldest first (a page of about 20 is plenty)
 * @param recipientPresence the recipient's best presence, or null if unknown
 * @param now the current time, from the clock port
 * @param familiarity how often we talk with the recipient
 * @param recipientName the recipient's display name, or empty (a greeting that only adds the name is still bare)
 * @param urgent whether the user already chose to send as urgent
 * @param groupChat whether this is a group chat (the one-to-one rules do not apply)
 */
public record Draft(String text, List<ChatMessage> recentHistory, Presence recipientPresence, Instant now,
		Familiarity familiarity, String recipientName, boolean urgent, boolean groupChat) {

	public Draft {
		Objects.requireNonNull(now, "now");
		text = text == null ? "" : text;
		recentHistory = recentHistory == null ? List.of() : List.copyOf(recentHistory);
		familiarity = familiarity == null ? Familiarity.RARE : familiarity;
		recipientName = recipientName == null ? "" : recipientName;
	}

	/** A one-to-one draft, not urgent. */
	public static Draft of(String text, List<ChatMessage> recentHistory, Presence recipientPresence, Instant now,
			Familiarity familiarity) {
		return new Draft(text, recentHistory, recipientPresence, now, familiarity, "", false, false);
	}

	public Draft withRecipientName(String name) {
		return new Draft(text, recentHistory, recipientPresence, now, familiarity, name, urgent, groupChat);
	}

	public Draft asUrgent() {
		return new Draft(text, recentHistory, recipientPresence, now, familiarity, recipientName, true, groupChat);
	}

	public Draft inGroupChat() {
		return new Draft(text, recentHistory, recipientPresence, now, familiarity, recipientName, urgent, true);
	}

	/** What the recipient will be called in hints. */
	String recipientLabel() {
		return recipientName.isBlank() ? "This contact" : recipientName.strip();
	}
}
