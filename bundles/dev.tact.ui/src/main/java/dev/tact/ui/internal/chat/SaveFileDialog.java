package dev.tact.ui.internal.chat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import dev.tact.core.files.FileNameSanitiser;
import dev.tact.core.text.DisplayText;

/**
 * "Save As…" for a file someone shared: the folder (with Browse…) and the name, which starts as the sender's name for
 * it, made safe. Saving never overwrites: a name already taken gets " (2)". The download itself runs as a job.
 */
final class SaveFileDialog extends TitleAreaDialog {

	static final String TITLE = "Save Shared File";

	private final String sender;
	private final String suggestedName;
	private final Path initialFolder;
	private Text folder;
	private Text name;
	private Path chosenFolder;
	private String chosenName;

	SaveFileDialog(Shell parent, String sender, String suggestedName, Path initialFolder) {
		super(parent);
		this.sender = sender;
		this.suggestedName = FileNameSanitiser.sanitise(suggestedName);
		this.initialFolder = initialFolder;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Save " + DisplayText.line(suggestedName, 80));
		setMessage("Shared by " + DisplayText.line(sender, 80) + ". Tact only stores it: it is never opened or run.");
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		new Label(form, SWT.NONE).setText("&Folder:");
		folder = new Text(form, SWT.BORDER);
		folder.setText(initialFolder.toString());
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(folder);
		Button browse = new Button(form, SWT.PUSH);
		browse.setText("&Browse\u2026");
		browse.addListener(SWT.Selection, e -> browse());
		new Label(form, SWT.NONE).setText("&Name:");
		name = new Text(form, SWT.BORDER);
		name.setText(suggestedName);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(name);
		folder.addModifyListener(e -> validate());
		name.addModifyListener(e -> validate());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Save", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		validate();
	}

	@Override
	protected void okPressed() {
		chosenFolder = Path.of(folder.getText().strip());
		chosenName = name.getText().strip();
		super.okPressed();
	}

	Path folder() {
		return chosenFolder;
	}

	String fileName() {
		return chosenName;
	}

	private void browse() {
		DirectoryDialog dialog = new DirectoryDialog(getShell());
		dialog.setFilterPath(folder.getText());
		String picked = dialog.open();
		if (picked != null) {
			folder.setText(picked);
		}
	}

	private void validate() {
		String problem = null;
		if (folder.getText().isBlank() || !Files.isDirectory(Path.of(folder.getText().strip()))) {
			problem = "Choose a folder that exists.";
		} else if (name.getText().isBlank()) {
			problem = "The file needs a name.";
		}
		setErrorMessage(problem);
		Button save = getButton(IDialogConstants.OK_ID);
		if (save != null) {
			save.setEnabled(problem == null);
		}
	}
}
