package dev.tact.ui.internal.notifications;

import dev.tact.core.address.BareJid;
import dev.tact.core.alert.AlertEvent;
import dev.tact.core.client.ContactsModel;
import dev.tact.core.text.DisplayText;

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

	/** The first line of what was sent, through the one display function for peers' text. */
	static String preview(AlertEvent event, int max) {
		return DisplayText.line(event.preview(), max);
	}

	static String name(BareJid jid, ContactsModel contacts) {
		return contacts.nameOf(jid);
	}
}
