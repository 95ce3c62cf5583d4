package dev.tact.ui.internal.contacts;

import java.io.ByteArrayInputStream;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import dev.tact.core.address.BareJid;
import dev.tact.core.files.PictureCheck;
import dev.tact.core.port.ContactProfile;
import dev.tact.core.text.DisplayText;
import dev.tact.ui.internal.jobs.NetworkJob;
import dev.tact.ui.internal.runtime.TactRuntime;

/** A contact's profile as they published it (vCard): picture, names, email. Loaded in a Job while the dialog shows. */
public final class ProfileDialog extends Dialog {

	private static final int SHOWN = 2_000;
	private static final int PICTURE = 96;

	private final BareJid contact;
	private final String shownName;
	private Label picture;
	private Label details;
	private Image image;

	public ProfileDialog(Shell parent, BareJid contact, String shownName) {
		super(parent);
		this.contact = contact;
		this.shownName = shownName;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Profile of " + shownName);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		picture = new Label(area, SWT.NONE);
		GridDataFactory.fillDefaults().hint(PICTURE, PICTURE).applyTo(picture);
		details = new Label(area, SWT.WRAP);
		details.setText(contact + "\n\nLoading the profile\u2026");
		GridDataFactory.fillDefaults().grab(true, true).hint(280, SWT.DEFAULT).applyTo(details);
		NetworkJob.schedule("Loading the profile of " + contact, () -> TactRuntime.get().client().profile(contact)
				.thenAccept(profile -> {
					ImageData decoded = decoded(profile.avatar()); // here in the job, never on the UI thread
					area.getDisplay().asyncExec(() -> show(profile, decoded));
				}), this::problem);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	public boolean close() {
		if (image != null) {
			image.dispose();
		}
		return super.close();
	}

	/** The picture scaled for the dialog, or null: none, one too big to decode safely, or one SWT cannot read. */
	private static ImageData decoded(byte[] avatar) {
		if (!PictureCheck.mayDecode(avatar)) {
			return null;
		}
		try {
			return new ImageData(new ByteArrayInputStream(avatar)).scaledTo(PICTURE, PICTURE);
		} catch (SWTException | IllegalArgumentException e) {
			return null;
		}
	}

	private void show(ContactProfile profile, ImageData decoded) {
		if (details.isDisposed()) {
			return;
		}
		StringBuilder text = new StringBuilder();
		text.append(profile.fullName().isEmpty() ? shownName : profile.fullName()).append('\n');
		if (!profile.nickname().isEmpty()) {
			text.append("\u201c").append(profile.nickname()).append("\u201d\n");
		}
		text.append(contact).append('\n');
		if (!profile.email().isEmpty()) {
			text.append(profile.email()).append('\n');
		}
		if (profile.isEmpty()) {
			text.append("\nThis contact has not published a profile.");
		}
		if (profile.avatar() != null && decoded == null) {
			text.append("\nTheir picture is not shown: it is too large, or not a PNG, GIF or JPEG image.");
		}
		details.setText(DisplayText.block(text.toString(), SHOWN)); // a profile is anyone's text
		if (decoded != null) {
			image = new Image(picture.getDisplay(), decoded);
			picture.setImage(image);
		}
		details.getParent().layout(true);
	}

	private void problem(String message) {
		if (!details.isDisposed()) {
			details.setText(contact + "\n\n" + message);
		}
	}
}
