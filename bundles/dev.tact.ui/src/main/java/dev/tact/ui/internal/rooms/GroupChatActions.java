package dev.tact.ui.internal.rooms;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;

import dev.tact.core.address.BareJid;
import dev.tact.core.client.GroupChats;
import dev.tact.core.contacts.Contact;
import dev.tact.ui.internal.chat.ChatEditors;
import dev.tact.ui.internal.chat.InviteProgressDialog;
import dev.tact.ui.internal.jobs.NetworkJob;
import dev.tact.ui.internal.runtime.TactRuntime;

/**
 * What the Contacts view, notifications and room editors do with group chats: start one about a topic, join or
 * decline an invitation, invite into a running room (asking it first), open and leave. The network work runs in
 * jobs; the UI thread only opens dialogs and editors.
 */
public final class GroupChatActions {

	static final String START_TITLE = "Start Group Chat";

	private GroupChatActions() {
	}

	/**
	 * Asks what the group chat is about (the guide: state the topic first; the invitees read it with the invitation),
	 * then starts it and opens its editor.
	 */
	public static void start(Shell shell, IWorkbenchPage page, List<Contact> people, Consumer<String> onError) {
		String names = String.join(", ", people.stream().map(Contact::name).toList());
		InputDialog dialog = new InputDialog(shell, START_TITLE,
				"What would you like to discuss with " + names + "? They see this with the invitation.", "",
				topic -> topic.isBlank() ? "Say what it is about, so they can tell whether they have time now." : null);
		if (dialog.open() != Window.OK) {
			return;
		}
		String topic = dialog.getValue().strip();
		Display display = shell.getDisplay();
		List<BareJid> jids = people.stream().map(Contact::jid).toList();
		NetworkJob.schedule("Starting a group chat about " + topic, () -> chats().start(jids, topic)
				.thenAccept(room -> display.asyncExec(() -> ChatEditors.openRoom(page, room, topic))), onError);
	}

	/** Accepts the invitation into {@code room} and opens it. */
	public static void join(IWorkbenchPage page, BareJid room, Consumer<String> onError) {
		Display display = Display.getCurrent();
		NetworkJob.schedule("Joining " + room, () -> chats().join(room)
				.thenRun(() -> display.asyncExec(() -> open(page, room))), onError);
	}

	public static void decline(BareJid room) {
		chats().decline(room);
	}

	public static void open(IWorkbenchPage page, BareJid room) {
		ChatEditors.openRoom(page, room, chats().describe(room));
	}

	/** Invites {@code who} into the running {@code room}, asking the others first; shows how that goes. */
	public static InviteProgressDialog invite(Shell shell, BareJid room, BareJid who, String name) {
		return InviteProgressDialog.start(shell, chats(), room, who, name);
	}

	private static GroupChats chats() {
		return TactRuntime.get().client().groupChats();
	}
}
