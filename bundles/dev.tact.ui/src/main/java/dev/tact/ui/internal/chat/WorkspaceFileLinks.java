package dev.tact.ui.internal.chat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
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
 * root, or inside any open project) in its editor, with the line selected; and tells a transcript when such
 * references may have started or stopped naming a file. Never hands a file to an external
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

	/**
	 * Runs {@code onChange} on the UI thread, once per burst, whenever files are added to or removed from the
	 * workspace (moves and renames are both), until {@code owner} is disposed.
	 */
	static void onFilesChanged(Control owner, Runnable onChange) {
		Display display = owner.getDisplay();
		AtomicBoolean queued = new AtomicBoolean();
		IResourceChangeListener listener = event -> {
			if (event.getDelta() != null && addsOrRemoves(event.getDelta()) && queued.compareAndSet(false, true)) {
				display.asyncExec(() -> {
					queued.set(false);
					if (!owner.isDisposed()) {
						onChange.run();
					}
				});
			}
		};
		ResourcesPlugin.getWorkspace().addResourceChangeListener(listener, IResourceChangeEvent.POST_CHANGE);
		owner.addListener(SWT.Dispose, e -> ResourcesPlugin.getWorkspace().removeResourceChangeListener(listener));
	}

	private static boolean addsOrRemoves(IResourceDelta delta) {
		if ((delta.getKind() & (IResourceDelta.ADDED | IResourceDelta.REMOVED)) != 0
				|| (delta.getFlags() & IResourceDelta.OPEN) != 0) {
			return true;
		}
		for (IResourceDelta child : delta.getAffectedChildren(IResourceDelta.ADDED | IResourceDelta.REMOVED | IResourceDelta.CHANGED)) {
			if (addsOrRemoves(child)) {
				return true;
			}
		}
		return false;
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
