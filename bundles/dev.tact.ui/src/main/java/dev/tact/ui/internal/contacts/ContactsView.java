package dev.tact.ui.internal.contacts;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/** The Contacts view: who is there, how available they are, and a way to talk to them. */
public final class ContactsView extends ViewPart {

	public static final String ID = "dev.tact.ui.views.contacts";

	private Label status;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
		status = new Label(parent, SWT.WRAP);
		status.setText("Not signed in. Set up your account in Window > Preferences > Tact.");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
	}

	@Override
	public void setFocus() {
		status.setFocus();
	}

	/** The line telling the user the connection state; visible for tests. */
	public String statusText() {
		return status.getText();
	}
}
