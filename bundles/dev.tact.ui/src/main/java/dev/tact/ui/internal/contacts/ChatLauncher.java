package dev.tact.ui.internal.contacts;

import org.eclipse.ui.IWorkbenchPage;

import dev.tact.core.address.BareJid;

/** Opens the conversation with a contact in a chat editor. */
final class ChatLauncher {

	private ChatLauncher() {
	}

	static void open(IWorkbenchPage page, BareJid jid, String name) {
		// wired to the chat editor when it lands in this bundle
	}
}
