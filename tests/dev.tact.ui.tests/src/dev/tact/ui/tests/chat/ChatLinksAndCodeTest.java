package dev.tact.ui.tests.chat;

import dev.tact.ui.tests.fixture.ChatScreen;
import dev.tact.ui.tests.fixture.DisplayLoop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.tact.core.address.BareJid;
import dev.tact.ui.internal.chat.ChatEditor;

/** Code shows in the text font; file references open the workspace file at the line. */
class ChatLinksAndCodeTest extends ChatTestSupport {

	@AfterEach
	void closeEditors() {
		closeAllEditors();
	}

	@Test
	void fileReferenceOpensTheWorkspaceFileAtThatLine() throws Exception {
		IProject project = newProject("tact-chat-links");
		IFolder src = project.getFolder("src");
		src.create(true, true, null);
		IFile foo = src.getFile("Foo.java");
		String source = "class Foo {\n\tint a;\n\tint theLine;\n\tint c;\n}\n";
		foo.create(new ByteArrayInputStream(source.getBytes(StandardCharsets.UTF_8)), true, null);

		BareJid peer = newPeer();
		ChatEditor editor = open(peer);
		receive(peer, "Look at src/Foo.java:3 please, not at example.org:8080", Instant.now());
		waitForTranscript(editor, "src/Foo.java:3");
		StyledText transcript = ChatScreen.of(editor).transcript();
		int offset = transcript.getText().indexOf("src/Foo.java:3");
		StyleRange style = transcript.getStyleRangeAtOffset(offset + 1);
		assertNotNull(style);
		assertTrue(style.underline, "the reference is a link");
		StyleRange notAFile = transcript.getStyleRangeAtOffset(transcript.getText().indexOf("example.org:8080") + 1);
		assertTrue(notAFile == null || !notAFile.underline, "only files in the workspace become links");

		ChatWidgets.clickTranscriptAt(transcript, offset + 1);

		DisplayLoop.until("Foo.java to open", () -> isEditorOf(page().getActiveEditor(), foo));
		ITextEditor textEditor = page().getActiveEditor().getAdapter(ITextEditor.class);
		assertNotNull(textEditor, "Foo.java opens in a text editor");
		ITextSelection selection = (ITextSelection) textEditor.getSelectionProvider().getSelection();
		assertEquals(2, selection.getStartLine(), "line 3 is selected (0-based 2)");
		assertEquals("\tint theLine;", selection.getText());
	}

	@Test
	void codeBlocksAndInlineCodeUseTheMonospaceTextFont() {
		BareJid peer = newPeer();
		ChatEditor editor = open(peer);
		receive(peer, "Try `git status` first, then:\n```java\nint answer = 42;\n```\nand tell me.", Instant.now());
		waitForTranscript(editor, "int answer = 42;");
		StyledText transcript = ChatScreen.of(editor).transcript();
		String text = transcript.getText();
		assertTrue(!text.contains("```") && !text.contains("`git"), "fences and backticks are not shown: " + text);

		StyleRange block = transcript.getStyleRangeAtOffset(text.indexOf("int answer") + 2);
		assertNotNull(block);
		assertEquals(JFaceResources.getTextFont(), block.font);
		StyleRange inline = transcript.getStyleRangeAtOffset(text.indexOf("git status") + 2);
		assertNotNull(inline);
		assertEquals(JFaceResources.getTextFont(), inline.font);
		StyleRange prose = transcript.getStyleRangeAtOffset(text.indexOf("and tell me") + 2);
		assertTrue(prose == null || prose.font == null, "prose keeps the editor's font");
	}

	private static boolean isEditorOf(IEditorPart editor, IFile file) {
		return editor != null && file.equals(Adapters.adapt(editor.getEditorInput(), IFile.class));
	}
}
