package dev.tact.ui.internal.notifications;

import dev.tact.core.address.BareJid;
import dev.tact.core.alert.AlertEvent;
import dev.tact.core.client.ContactsModel;

/** The words of a notification: who and what, short enough to read at a glance. */
final class AlertTexts {

	private AlertTexts() {
	}

	static String title(AlertEvent event, ContactsModel contacts) {
		String who = name(event.from(), contacts);
		String urgent = event.urgent() ? " (urgent)" : "";
		return switch (event.kind()) {
		case MESSAGE -> who + urgent;
		case GROUP_MENTION -> who + " mentioned you" + urgent;
		case ADD_REQUEST -> who + " wants to add you";
		case INVITE -> who + " invites you to a group chat";
		case WATCHED_CONTACT_AVAILABLE -> who + " is available";
		};
	}

	static String preview(AlertEvent event, int max) {
		String text = event.preview() == null ? "" : event.preview().strip();
		int newline = text.indexOf('\n');
		if (newline >= 0) {
			text = text.substring(0, newline);
		}
		// strip control and bidi-override characters: a popup must show what was sent, not be steered by it
		text = text.replaceAll("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]", "");
		return text.length() > max ? text.substring(0, max - 1) + "\u2026" : text;
	}

	static String name(BareJid jid, ContactsModel contacts) {
		return contacts.nameOf(jid);
	}
}
