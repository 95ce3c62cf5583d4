package dev.tact.ui.internal.notifications;

import org.eclipse.ui.IWorkbenchPage;

import dev.tact.core.address.BareJid;

/** Opens the chat editor for a conversation from a notification. */
final class OpenConversation {

	private OpenConversation() {
	}

	static void open(IWorkbenchPage page, BareJid jid, String name) {
		// wired to the chat editor when it lands in this bundle
	}
}
