package dev.tact.ui.internal.contacts;

import java.time.ZoneId;

import org.eclipse.jface.preference.JFacePreferences;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.LabelProviderChangedEvent;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.StyledString.Styler;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.TextStyle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import dev.tact.core.client.ContactsTree;
import dev.tact.core.contacts.SubscriptionRequest;
import dev.tact.core.port.RoomInvitation;
import dev.tact.core.port.DirectoryEntry;
import dev.tact.core.presence.Presence;
import dev.tact.core.presence.PresenceState;
import dev.tact.core.text.DisplayText;
import dev.tact.ui.internal.presence.PresenceIcons;
import dev.tact.ui.internal.theme.Palette;
import dev.tact.ui.internal.theme.ThemeChanges;

/**
 * How each row reads: a person's presence dot, name, state or activity ("Busy – Focusing until 10:45") and note
 * in the decoration colour, and unread messages as a counter; requests and directory results say what they are.
 * The decoration and counter colours are the theme's, made readable on the tree's background (the platform's
 * defaults are too faint on the dark theme's tree), and every row is relabelled when the theme changes.
 */
final class ContactLabels extends LabelProvider implements IStyledLabelProvider {

	/** How much of a peer's text a row shows. */
	private static final int ROW_TEXT = 120;

	private final PresenceIcons icons;
	private final Image roomIcon;
	private final Styler decorations;
	private final Styler counter;

	ContactLabels(Control owner) {
		icons = new PresenceIcons(owner);
		roomIcon = ResourceLocator.imageDescriptorFromBundle(ContactLabels.class, "icons/chat.png")
				.map(descriptor -> descriptor.createImage(false)).orElse(null);
		decorations = readable(owner, JFacePreferences.DECORATIONS_COLOR);
		counter = readable(owner, JFacePreferences.COUNTER_COLOR);
		ThemeChanges.onChange(owner, () -> fireLabelProviderChanged(new LabelProviderChangedEvent(this)));
	}

	@Override
	public void dispose() {
		if (roomIcon != null) {
			roomIcon.dispose();
		}
		super.dispose();
	}

	/** Text in the registry colour {@code key}, lightened or darkened until it reads well on {@code owner}. */
	private static Styler readable(Control owner, String key) {
		return new Styler() {
			@Override
			public void applyStyles(TextStyle style) {
				style.foreground = Palette.color(Palette.of(owner).readable(key, Palette.TEXT));
			}
		};
	}

	@Override
	public StyledString getStyledText(Object element) {
		if (element instanceof ContactsTree.Group group) {
			StyledString text = new StyledString(group.name());
			if (group.kind() == ContactsTree.Group.Kind.ROSTER) {
				text.append(" (" + group.children().size() + ")", counter);
			}
			return text;
		}
		if (element instanceof ContactsTree.Person person) {
			StyledString text = new StyledString(shown(person.contact().name()));
			String detail = detail(person.presence());
			if (!detail.isEmpty()) {
				text.append("  " + detail, decorations);
			}
			if (person.unread() > 0) {
				text.append("  (" + person.unread() + " unread)", counter);
			}
			return text;
		}
		if (element instanceof SubscriptionRequest request) {
			String who = request.nickname() == null || request.nickname().isBlank() ? request.from().toString()
					: shown(request.nickname()) + " <" + request.from() + ">";
			return new StyledString(who).append("  wants to add you", decorations);
		}
		if (element instanceof ContactsTree.Invitation row) {
			RoomInvitation invitation = row.invitation();
			String what = invitation.reason().isBlank() ? invitation.room().toString() : shown(invitation.reason());
			return new StyledString(what).append("  " + shown(row.inviterName()) + " invites you", decorations);
		}
		if (element instanceof ContactsTree.Room room) {
			StyledString text = new StyledString(shown(room.name())).append("  " + room.occupants() + " here", counter);
			if (room.unseen() > 0) {
				text.append("  (" + room.unseen() + " new)", counter);
			}
			return text;
		}
		if (element instanceof ContactsTree.PrivateChat chat) {
			StyledString text = new StyledString(chat.name()); // named through the display function already
			if (chat.unread() > 0) {
				text.append("  (" + chat.unread() + " unread)", counter);
			}
			return text;
		}
		if (element instanceof DirectoryEntry entry) {
			return new StyledString(shown(entry.name())).append("  " + entry.jid() + " \u2014 drag into a group to add",
					decorations);
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
		if (element instanceof SubscriptionRequest || element instanceof DirectoryEntry
				|| element instanceof ContactsTree.Invitation) {
			return shared.getImage(ISharedImages.IMG_OBJ_ADD);
		}
		if (element instanceof ContactsTree.Room || element instanceof ContactsTree.PrivateChat) {
			return roomIcon;
		}
		return null;
	}

	/** A peer's words in a tree row: one line, no direction overrides or control characters, not endless. */
	private static String shown(String peerText) {
		return DisplayText.line(peerText, ROW_TEXT);
	}

	/** "Busy – In a Call — back at 3", or the state alone when it says more than a green dot. */
	static String detail(Presence presence) {
		String label = presence.state() == PresenceState.AVAILABLE || presence.state() == PresenceState.OFFLINE ? ""
				: presence.label(ZoneId.systemDefault());
		if (presence.hasNote()) {
			return label.isEmpty() ? shown(presence.note()) : label + " \u2014 " + shown(presence.note());
		}
		return label;
	}
}
