package dev.tact.ui.internal.chat;

import java.util.List;
import java.util.Objects;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.Occupant;
import dev.tact.core.client.TactClient;
import dev.tact.core.contacts.Contact;

/** The group chat editor's "Invite…": pick a contact who is not in the room yet, then ask the room. */
final class InviteChooser {

	private InviteChooser() {
	}

	/** Lets the user pick a contact who is not in {@code room} yet, then invites them asking the room first. */
	static void chooseAndInvite(Shell shell, TactClient client, BareJid room) {
		List<BareJid> present = client.groupChats().occupants(room).stream().map(Occupant::jid).filter(Objects::nonNull).toList();
		Object[] candidates = client.contacts().contacts().stream()
				.filter(c -> !present.contains(c.jid())).toArray();
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
			@Override
			public String getText(Object element) {
				Contact contact = (Contact) element;
				return contact.name() + " <" + contact.jid() + ">";
			}
		});
		dialog.setTitle("Invite to " + client.groupChats().describe(room));
		dialog.setMessage("Whom would you like to add? The others are asked first.");
		dialog.setElements(candidates);
		if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof Contact contact) {
			InviteProgressDialog.start(shell, client.groupChats(), room, contact.jid(), contact.name());
		}
	}

}
