package dev.tact.ui.internal.chat;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.Occupant;
import dev.tact.core.chat.Role;
import dev.tact.core.client.GroupChats;

/**
 * The side of a group chat editor: the topic, who is in the room (moderators first, "you" marked) and a button to
 * invite someone, which asks the room first.
 */
public final class RoomPane {

	/** How much of a topic the pane shows; a topic is anyone's text, and may be huge. */
	private static final int TOPIC_SHOWN = 300;

	private final GroupChats chats;
	private final BareJid room;
	private final Composite pane;
	private final Label topic;
	private final Label count;
	private final Table participants;

	public RoomPane(Composite parent, GroupChats chats, BareJid room, Runnable invite) {
		this.chats = chats;
		this.room = room;
		pane = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(pane);
		topic = new Label(pane, SWT.WRAP);
		topic.setData(ChatKeys.DATA, ChatKeys.TOPIC);
		GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(topic);
		count = new Label(pane, SWT.WRAP);
		count.setData(ChatKeys.DATA, ChatKeys.ROOM_COUNT);
		GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(count);
		participants = new Table(pane, SWT.BORDER | SWT.V_SCROLL | SWT.SINGLE);
		participants.setData(ChatKeys.DATA, ChatKeys.PARTICIPANTS);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(participants);
		Button inviteButton = new Button(pane, SWT.PUSH);
		inviteButton.setText("&Invite\u2026");
		inviteButton.setToolTipText("Add someone to this conversation; the others are asked first");
		inviteButton.addListener(SWT.Selection, e -> invite.run());
		GridDataFactory.fillDefaults().applyTo(inviteButton);
		refresh();
	}

	public Composite control() {
		return pane;
	}

	/** Shows the room as the model has it now; on the UI thread. */
	public void refresh() {
		if (pane.isDisposed()) {
			return;
		}
		topic.setText(chats.topic(room).isBlank() ? "No topic" : chats.describe(room, TOPIC_SHOWN));
		topic.setToolTipText(room.toString());
		List<Occupant> occupants = chats.occupants(room);
		count.setText(chats.isJoined(room) ? occupants.size() + " here"
				: chats.isHidden() ? "You appear offline, so you are out of the room; you are back in once you are visible."
						: "Not in the room right now");
		String me = chats.nick(room);
		participants.setRedraw(false);
		try {
			participants.removeAll();
			for (Occupant occupant : occupants) {
				TableItem item = new TableItem(participants, SWT.NONE);
				item.setText(line(occupant, occupant.nick().equals(me)));
				item.setData(occupant);
			}
		} finally {
			participants.setRedraw(true);
		}
		pane.layout(true, true);
	}

	static String line(Occupant occupant, boolean isMe) {
		StringBuilder line = new StringBuilder(occupant.nick());
		if (isMe) {
			line.append(" (you)");
		}
		if (occupant.role() == Role.MODERATOR) {
			line.append(" \u2014 moderator");
		} else if (occupant.role() == Role.VISITOR) {
			line.append(" \u2014 may only read");
		}
		return line.toString();
	}
}
