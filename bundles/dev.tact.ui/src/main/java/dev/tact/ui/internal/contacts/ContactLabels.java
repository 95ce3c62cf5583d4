package dev.tact.ui.internal.contacts;

import java.time.ZoneId;

import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import dev.tact.core.contacts.SubscriptionRequest;
import dev.tact.core.port.RoomInvitation;
import dev.tact.core.port.DirectoryEntry;
import dev.tact.core.presence.Presence;
import dev.tact.core.presence.PresenceState;
import dev.tact.ui.internal.presence.PresenceIcons;

/**
 * How each row reads: a person's presence dot, name, state or activity ("Busy – Focusing until 10:45") and note
 * in the decoration colour, and unread messages as a counter; requests and directory results say what they are.
 */
final class ContactLabels extends LabelProvider implements IStyledLabelProvider {

	private final PresenceIcons icons;
	private final Image roomIcon;

	ContactLabels(Control owner) {
		icons = new PresenceIcons(owner);
		roomIcon = ResourceLocator.imageDescriptorFromBundle(ContactLabels.class, "icons/chat.png")
				.map(descriptor -> descriptor.createImage(false)).orElse(null);
	}

	@Override
	public void dispose() {
		if (roomIcon != null) {
			roomIcon.dispose();
		}
		super.dispose();
	}

	@Override
	public StyledString getStyledText(Object element) {
		if (element instanceof ContactsTree.Group group) {
			StyledString text = new StyledString(group.name());
			if (group.kind() == ContactsTree.Group.Kind.ROSTER) {
				text.append(" (" + group.children().size() + ")", StyledString.COUNTER_STYLER);
			}
			return text;
		}
		if (element instanceof ContactsTree.Person person) {
			StyledString text = new StyledString(person.contact().name());
			String detail = detail(person.presence());
			if (!detail.isEmpty()) {
				text.append("  " + detail, StyledString.DECORATIONS_STYLER);
			}
			if (person.unread() > 0) {
				text.append("  (" + person.unread() + " unread)", StyledString.COUNTER_STYLER);
			}
			return text;
		}
		if (element instanceof SubscriptionRequest request) {
			String who = request.nickname() == null || request.nickname().isBlank() ? request.from().toString()
					: request.nickname() + " <" + request.from() + ">";
			return new StyledString(who).append("  wants to add you", StyledString.DECORATIONS_STYLER);
		}
		if (element instanceof RoomInvitation invitation) {
			String reason = invitation.reason().isBlank() ? "" : ": " + invitation.reason();
			return new StyledString(invitation.room().toString()).append("  " + invitation.from() + " invites you" + reason,
					StyledString.DECORATIONS_STYLER);
		}
		if (element instanceof ContactsTree.Room room) {
			return new StyledString(room.name()).append("  " + room.occupants() + " here", StyledString.COUNTER_STYLER);
		}
		if (element instanceof DirectoryEntry entry) {
			return new StyledString(entry.name()).append("  " + entry.jid() + " \u2014 drag into a group to add",
					StyledString.DECORATIONS_STYLER);
		}
		return new StyledString(String.valueOf(element));
	}

	@Override
	public String getText(Object element) {
		return getStyledText(element).getString();
	}

	@Override
	public Image getImage(Object element) {
		ISharedImages shared = PlatformUI.getWorkbench().getSharedImages();
		if (element instanceof ContactsTree.Group) {
			return shared.getImage(ISharedImages.IMG_OBJ_FOLDER);
		}
		if (element instanceof ContactsTree.Person person) {
			return icons.get(person.presence().state().availability());
		}
		if (element instanceof SubscriptionRequest || element instanceof DirectoryEntry || element instanceof RoomInvitation) {
			return shared.getImage(ISharedImages.IMG_OBJ_ADD);
		}
		if (element instanceof ContactsTree.Room) {
			return roomIcon;
		}
		return null;
	}

	/** "Busy – In a Call — back at 3", or the state alone when it says more than a green dot. */
	static String detail(Presence presence) {
		String label = presence.state() == PresenceState.AVAILABLE || presence.state() == PresenceState.OFFLINE ? ""
				: presence.label(ZoneId.systemDefault());
		if (presence.hasNote()) {
			return label.isEmpty() ? presence.note() : label + " \u2014 " + presence.note();
		}
		return label;
	}
}
