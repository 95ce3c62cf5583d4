package dev.tact.ui.internal.chat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import dev.tact.core.address.BareJid;
import dev.tact.core.client.GroupChats;
import dev.tact.core.etiquette.EtiquetteHint;
import dev.tact.core.port.InvitationProgress;
import dev.tact.core.port.PendingInvitation;

/**
 * Shows an invitation into a running group chat while the room is asked first, as the guide wants: "Asking the
 * room… goes ahead in 42 s unless someone objects", then who objected, or that the invitation went out. Modeless,
 * so the user can keep talking in the room meanwhile; "Withdraw" cancels the request while it waits.
 */
public final class InviteProgressDialog extends Dialog {

	private final GroupChats chats;
	private final BareJid room;
	private final BareJid invitee;
	private final String inviteeName;
	private Label status;
	private PendingInvitation pending;
	private volatile InvitationProgress last;
	private Instant deadline;

	private InviteProgressDialog(Shell parent, GroupChats chats, BareJid room, BareJid invitee, String inviteeName) {
		super(parent);
		this.chats = chats;
		this.room = room;
		this.invitee = invitee;
		this.inviteeName = inviteeName;
		setShellStyle(SWT.DIALOG_TRIM | SWT.MODELESS | SWT.RESIZE);
		setBlockOnOpen(false);
	}

	/** Opens the dialog and starts the round: asks the room, or invites at once if nobody else is there. */
	public static InviteProgressDialog start(Shell parent, GroupChats chats, BareJid room, BareJid invitee, String name) {
		InviteProgressDialog dialog = new InviteProgressDialog(parent, chats, room, invitee, name);
		dialog.open();
		dialog.begin();
		return dialog;
	}


	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Invite " + inviteeName);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		int others = (int) chats.occupants(room).stream().filter(o -> !o.nick().equals(chats.nick(room))).count();
		Optional<EtiquetteHint> advice = chats.inviteAdvice(room);
		boolean asking = advice.isPresent();
		Label why = new Label(area, SWT.WRAP);
		why.setText(asking ? advice.get().message()
				: others > 0 ? "Asking the room first is turned off (Preferences > Tact > Etiquette), so " + inviteeName
						+ " is invited at once."
						: "Nobody else is in " + chats.describe(room) + ", so " + inviteeName + " is invited at once.");
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(why);
		status = new Label(area, SWT.WRAP);
		status.setText(asking ? "Asking the room\u2026" : "Inviting\u2026");
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(status);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CANCEL_ID, "&Withdraw", false);
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void cancelPressed() {
		if (pending != null && pending.cancel()) {
			return; // the CANCELLED step updates the dialog; the user reads it and closes
		}
		super.cancelPressed();
	}

	private void begin() {
		try {
			Display display = getShell().getDisplay(); // the round may report after the dialog was closed
			pending = chats.invite(room, invitee, progress -> display.asyncExec(() -> show(progress)));
		} catch (IllegalStateException e) {
			status.setText(e.getMessage());
			finished();
		}
	}

	private void show(InvitationProgress progress) {
		if (getShell() == null || getShell().isDisposed()) {
			return;
		}
		last = progress;
		if (progress.isFinal()) {
			status.setText(progress.message());
			finished();
		} else {
			deadline = progress.deadline();
			tick();
		}
		getShell().layout(true, true);
	}

	/** Counts down to the deadline once a second while the room may still object. */
	private void tick() {
		if (status.isDisposed() || last == null || last.isFinal() || deadline == null) {
			return;
		}
		long seconds = Math.max(0, Duration.between(Instant.now(), deadline).toSeconds());
		status.setText("Asked the room whether it is OK to add " + inviteeName + ". The invitation goes out in "
				+ seconds + " s unless someone objects.");
		status.getDisplay().timerExec(1000, this::tick);
	}

	private void finished() {
		Button withdraw = getButton(IDialogConstants.CANCEL_ID);
		if (withdraw != null) {
			withdraw.setEnabled(false);
		}
	}
}
