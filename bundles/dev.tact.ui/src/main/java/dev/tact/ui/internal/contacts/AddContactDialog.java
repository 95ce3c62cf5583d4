package dev.tact.ui.internal.contacts;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import dev.tact.core.address.BareJid;
import dev.tact.core.etiquette.EtiquetteHint;

/**
 * Adds a contact; unless the user turned that hint off, says plainly that the person will be told, as the guide
 * says they are.
 */
public final class AddContactDialog extends TitleAreaDialog {

	/** What the user entered. */
	public record Result(BareJid jid, String name, String group) {
	}

	private final List<String> groups;
	private final String initialJid;
	private final Optional<EtiquetteHint> hint;
	private Text address;
	private Text name;
	private Combo group;
	private Result result;

	public AddContactDialog(Shell parent, List<String> groups, String initialJid, Optional<EtiquetteHint> hint) {
		super(parent);
		this.hint = hint;
		this.groups = groups;
		this.initialJid = initialJid == null ? "" : initialJid;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Add Contact");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Add a Contact");
		setMessage(hint.map(EtiquetteHint::message).orElse("The address of the person to add, and where to put them."));
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		new Label(form, SWT.NONE).setText("&Address:");
		address = new Text(form, SWT.BORDER);
		address.setMessage("name@example.org");
		address.setText(initialJid);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(address);
		new Label(form, SWT.NONE).setText("&Name:");
		name = new Text(form, SWT.BORDER);
		name.setMessage("optional");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
		new Label(form, SWT.NONE).setText("&Group:");
		group = new Combo(form, SWT.DROP_DOWN);
		group.setItems(groups.toArray(String[]::new));
		if (!groups.isEmpty()) {
			group.select(0);
		}
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		address.addModifyListener(e -> validate());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Add", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		validate();
	}

	@Override
	protected void okPressed() {
		result = new Result(BareJid.parse(address.getText()), name.getText().strip(), group.getText().strip());
		super.okPressed();
	}

	public Result result() {
		return result;
	}

	private void validate() {
		String error = null;
		String text = address.getText().strip();
		if (text.isEmpty()) {
			error = "";
		} else {
			try {
				if (BareJid.parse(text).local().isEmpty()) {
					error = "An address has a name and a server, as in dana@example.org.";
				}
			} catch (IllegalArgumentException e) {
				error = e.getMessage();
			}
		}
		setErrorMessage(error == null || error.isEmpty() ? null : error);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(error == null);
		}
	}
}
