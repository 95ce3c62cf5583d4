package dev.tact.ui.internal.chat;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import dev.tact.core.address.BareJid;
import dev.tact.core.address.ChatAddress;

/** Opens chat editors: what the Contacts view, notifications and {@code xmpp:} links call. */
public final class ChatEditors {

	/** The editor id in plugin.xml. */
	public static final String EDITOR_ID = "dev.tact.ui.editors.chat";

	/** The job family of file uploads started from chat editors, so tests and shutdown can join them. */
	public static final Object JOB_FAMILY = ChatEditors.class;

	private ChatEditors() {
	}

	/**
	 * Opens the chat with {@code peer} (a contact, or a room's occupant privately) in {@code page}, or activates it if it is already open. Returns the editor, or
	 * null if it could not be opened (the reason is logged).
	 */
	public static ChatEditor open(IWorkbenchPage page, ChatAddress peer, String displayName) {
		return open(page, new ChatEditorInput(peer, displayName));
	}

	/** Opens the group chat in {@code room}, or activates it; the room is entered if we are not in it yet. */
	public static ChatEditor openRoom(IWorkbenchPage page, BareJid room, String displayName) {
		return open(page, new ChatEditorInput(room, displayName, true));
	}

	private static ChatEditor open(IWorkbenchPage page, ChatEditorInput input) {
		ChatAddress peer = input.peer();
		try {
			IEditorPart editor = page.openEditor(input, EDITOR_ID, true);
			return editor instanceof ChatEditor chat ? chat : null;
		} catch (PartInitException e) {
			ILog.of(ChatEditors.class).error("Could not open the chat with " + peer, e);
			return null;
		}
	}
}
