package dev.tact.ide.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.tact.core.chat.CodeSnippet;

/** The Console's "Send Stack Trace to…": the selected output, fenced, named after the console it came from. */
public final class SendStackTraceHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getCurrentSelection(event) instanceof ITextSelection selection) || selection.getText() == null
				|| selection.getText().isBlank()) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Send Stack Trace",
					"Select the stack trace in the Console first.");
			return null;
		}
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		String source = part == null ? "the console" : part.getTitle();
		SendSelectionHandler.sendTo(HandlerUtil.getActiveShell(event), CodeSnippet.stackTrace(source, selection.getText()),
				"the stack trace");
		return null;
	}
}
