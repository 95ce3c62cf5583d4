package dev.tact.ide.internal;

import java.util.Comparator;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

import dev.tact.core.chat.CodeSnippet;
import dev.tact.core.client.TactClient;
import dev.tact.core.client.TactSession;
import dev.tact.core.contacts.Contact;

/**
 * Text editors' "Send Selection to…": the selected code with its workspace path and line range, so the receiver
 * can open the same place in the same project.
 */
public final class SendSelectionHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		Shell shell = HandlerUtil.getActiveShell(event);
		if (!(editor instanceof ITextEditor text)
				|| !(text.getSelectionProvider().getSelection() instanceof ITextSelection selection) || selection.getLength() == 0) {
			MessageDialog.openInformation(shell, "Send Selection", "Select some code in an editor first.");
			return null;
		}
		sendTo(shell, snippet(text, selection), (selection.getEndLine() - selection.getStartLine() + 1) + " line(s)");
		return null;
	}

	/** Lets the user pick a contact and sends {@code message} to them. */
	static void sendTo(Shell shell, String message, String what) {
		TactClient client = new RunningTact(SendSelectionHandler.class).session().map(TactSession::client).orElse(null);
		if (client == null) {
			MessageDialog.openInformation(shell, "Send to a Contact", "Tact is not running in this IDE.");
			return;
		}
		List<Contact> contacts = client.contacts().contacts().stream()
				.sorted(Comparator.comparing(Contact::name, String.CASE_INSENSITIVE_ORDER)).toList();
		if (contacts.isEmpty()) {
			MessageDialog.openInformation(shell, "Send to a Contact", "You have no contacts yet. Add one in the Contacts view.");
			return;
		}
		ElementListSelectionDialog picker = new ElementListSelectionDialog(shell, new LabelProvider() {
			@Override
			public String getText(Object element) {
				Contact contact = (Contact) element;
				return contact.name() + "  <" + contact.jid() + ">";
			}
		});
		picker.setTitle("Send to a Contact");
		picker.setMessage("Send " + what + " to:");
		picker.setElements(contacts.toArray());
		if (picker.open() == Window.OK && picker.getFirstResult() instanceof Contact contact) {
			client.send(contact.jid(), message, false);
		}
	}

	public static String snippet(ITextEditor editor, ITextSelection selection) {
		String path = editor.getEditorInput() instanceof IFileEditorInput input ? workspacePath(input.getFile())
				: editor.getEditorInput().getName();
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		String code = selection.getText();
		int first = selection.getStartLine() + 1;
		int last = selection.getEndLine() + 1;
		if (document != null && code == null) {
			try {
				code = document.get(selection.getOffset(), selection.getLength());
			} catch (BadLocationException e) {
				code = "";
			}
		}
		return CodeSnippet.format(path, first, last, code == null ? "" : code);
	}

	private static String workspacePath(IFile file) {
		return file.getFullPath().makeRelative().toString();
	}
}
