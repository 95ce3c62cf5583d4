package dev.tact.core.alert;

import java.util.function.Function;

import dev.tact.core.address.ChatAddress;
import dev.tact.core.text.DisplayText;

/** The words of a notification: who and what, short enough to read at a glance. */
public final class AlertTexts {

	private AlertTexts() {
	}

	/** "Dana (urgent)", "Dana mentioned you", "Dana wants to add you"…, with {@code nameOf} naming the sender. */
	public static String title(AlertEvent event, Function<ChatAddress, String> nameOf) {
		String who = nameOf.apply(event.sender());
		String urgent = event.urgent() ? " (urgent)" : "";
		return switch (event.kind()) {
		case MESSAGE -> who + urgent;
		case GROUP_MENTION -> who + " mentioned you" + urgent;
		case ADD_REQUEST -> who + " wants to add you";
		case INVITE -> who + " invites you to a group chat";
		case WATCHED_CONTACT_AVAILABLE -> who + " is available";
		};
	}

	/** The first line of what was sent, through the one display function for peers' text. */
	public static String preview(AlertEvent event, int max) {
		return DisplayText.line(event.preview(), max);
	}
}
