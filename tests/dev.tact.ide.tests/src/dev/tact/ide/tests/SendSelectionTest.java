package dev.tact.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Path;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;

import dev.tact.ide.internal.SendSelectionHandler;
import dev.tact.ui.tests.fixture.Ide;

/** "Send Selection to…" takes the selected code with its workspace path and lines from a real Java editor. */
class SendSelectionTest {

	@Test
	void selectionInAJavaEditorBecomesAPathWithLinesAndFencedCode() throws Exception {
		JavaProjects.create("shop", "Cart", "public class Cart {\n\tint total() {\n\t\treturn 0;\n\t}\n}\n");
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(
				new Path("shop/src/Cart.java"));
		ITextEditor editor = (ITextEditor) IDE.openEditor(
				Ide.page(), file);
		String source = editor.getDocumentProvider().getDocument(editor.getEditorInput()).get();
		int start = source.indexOf("\tint total()");
		int end = source.indexOf("\t}\n}") + 2;
		editor.selectAndReveal(start, end - start);

		String message = SendSelectionHandler.snippet(editor,
				(ITextSelection) editor.getSelectionProvider().getSelection());

		assertEquals("shop/src/Cart.java:2-4\n```java\n\tint total() {\n\t\treturn 0;\n\t}\n```", message);
		editor.close(false);
	}
}
