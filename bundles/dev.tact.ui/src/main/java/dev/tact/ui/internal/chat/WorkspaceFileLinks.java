package dev.tact.ui.internal.chat;

import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Opens a {@code path/File.java:42} reference from a message: the workspace file at that path (from the workspace
 * root, or inside any open project) in its editor, with the line selected. Never hands a file to an external
 * program: without an internal editor it opens in the text editor.
 */
final class WorkspaceFileLinks {

	private WorkspaceFileLinks() {
	}

	/** Opens {@code reference} ("path:line"); false if no such file is in the workspace. */
	static boolean open(IWorkbenchPage page, String reference) throws PartInitException {
		int colon = reference.lastIndexOf(':');
		Optional<IFile> file = find(reference.substring(0, colon));
		if (file.isEmpty()) {
			return false;
		}
		int line = Integer.parseInt(reference.substring(colon + 1));
		IEditorDescriptor descriptor = PlatformUI.getWorkbench().getEditorRegistry()
				.getDefaultEditor(file.get().getName(), IDE.getContentType(file.get()));
		String editorId = descriptor != null && descriptor.isInternal() ? descriptor.getId()
				: EditorsUI.DEFAULT_TEXT_EDITOR_ID;
		IEditorPart editor = IDE.openEditor(page, file.get(), editorId, true);
		ITextEditor text = Adapters.adapt(editor, ITextEditor.class);
		if (text != null) {
			selectLine(text, line);
		}
		return true;
	}

	static Optional<IFile> find(String path) {
		IPath relative = IPath.fromPortableString(path);
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		if (relative.segmentCount() > 1 && root.findMember(relative) instanceof IFile file) {
			return Optional.of(file);
		}
		for (IProject project : root.getProjects()) {
			if (project.isOpen()) {
				IResource member = project.findMember(relative);
				if (member instanceof IFile file) {
					return Optional.of(file);
				}
			}
		}
		return Optional.empty();
	}

	private static void selectLine(ITextEditor editor, int line) {
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		if (document == null || line < 1 || line > document.getNumberOfLines()) {
			return;
		}
		try {
			IRegion region = document.getLineInformation(line - 1);
			editor.selectAndReveal(region.getOffset(), region.getLength());
		} catch (BadLocationException e) {
			// the line vanished between the check and the selection: the file is open, which is what matters
		}
	}
}
