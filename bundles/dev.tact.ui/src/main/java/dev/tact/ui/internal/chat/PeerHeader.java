package dev.tact.ui.internal.chat;

import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dev.tact.core.address.BareJid;
import dev.tact.core.client.ContactsModel;
import dev.tact.core.presence.Presence;
import dev.tact.core.text.DisplayText;
import dev.tact.ui.internal.presence.PresenceIcons;

/**
 * The top line of a one-to-one chat: the other person's presence as it is right now, with their note and until
 * when ("Busy – In a Meeting until 11:00 — sprint review"), so the guide's first rule, check the presence before
 * sending, needs no look away to the Contacts view. Follows the contacts model live.
 */
final class PeerHeader {

	private static final int NOTE_SHOWN = 120;

	private final ContactsModel contacts;
	private final BareJid peer;
	private final String name;
	private final Composite row;
	private final Label icon;
	private final Label text;
	private final PresenceIcons icons;
	private final AtomicBoolean pending = new AtomicBoolean();
	private final Consumer<Set<BareJid>> listener = this::changed;

	PeerHeader(Composite parent, ContactsModel contacts, BareJid peer, String name) {
		this.contacts = contacts;
		this.peer = peer;
		this.name = name;
		row = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 2).applyTo(row);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		icons = new PresenceIcons(row);
		icon = new Label(row, SWT.NONE);
		text = new Label(row, SWT.NONE);
		text.setData(ChatKeys.DATA, ChatKeys.PEER_PRESENCE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		contacts.addBatchListener(listener);
		row.addListener(SWT.Dispose, e -> contacts.removeBatchListener(listener));
		refresh();
	}

	private void changed(Set<BareJid> who) {
		if (who.contains(peer) && !row.isDisposed() && pending.compareAndSet(false, true)) {
			row.getDisplay().asyncExec(() -> {
				pending.set(false);
				refresh();
			});
		}
	}

	private void refresh() {
		if (row.isDisposed()) {
			return;
		}
		Presence presence = contacts.presenceOf(peer);
		StringBuilder line = new StringBuilder(DisplayText.line(name, 80)).append(" \u00B7 ")
				.append(presence.label(ZoneId.systemDefault()));
		if (presence.hasNote()) {
			line.append(" \u2014 ").append(DisplayText.line(presence.note(), NOTE_SHOWN));
		}
		String shown = line.toString();
		icon.setImage(icons.get(presence.state().availability()));
		if (!shown.equals(text.getText())) {
			text.setText(shown);
			text.setToolTipText(shown);
			row.layout(true);
		}
	}
}
