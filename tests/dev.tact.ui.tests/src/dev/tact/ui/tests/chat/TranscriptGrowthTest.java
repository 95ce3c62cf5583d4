package dev.tact.ui.tests.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IProject;
import org.eclipse.swt.custom.ExtendedModifyEvent;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.tact.core.address.BareJid;
import dev.tact.core.transcript.HistoryWindow;
import dev.tact.core.transcript.TranscriptComposer;
import dev.tact.ui.internal.chat.ChatEditor;
import dev.tact.ui.tests.fixture.ChatScreen;
import dev.tact.ui.tests.fixture.DisplayLoop;

/**
 * A transcript that keeps growing stays cheap: a new message is appended to the text on show instead of the whole
 * transcript being laid out again, a flood slides the window instead of growing it, and file references are looked
 * up once and again only when the workspace's files change.
 */
class TranscriptGrowthTest extends ChatTestSupport {

	@AfterEach
	void closeEditors() {
		closeAllEditors();
	}

	@Test
	void aNewMessageIsAppendedAndNothingAboveItIsReplaced() {
		BareJid peer = newPeer();
		Instant start = Instant.now().minusSeconds(600);
		for (int i = 0; i < 30; i++) {
			receive(peer, "earlier message " + i, start.plusSeconds(i));
		}
		ChatEditor editor = open(peer);
		waitForTranscript(editor, "earlier message 29");
		StyledText transcript = ChatScreen.of(editor).transcript();
		List<ExtendedModifyEvent> edits = new CopyOnWriteArrayList<>();
		transcript.addExtendedModifyListener(edits::add);
		int before = transcript.getCharCount();

		receive(peer, "the new one", Instant.now());
		waitForTranscript(editor, "the new one");

		assertEquals(1, edits.size(), "one change to the text");
		assertTrue(edits.get(0).start >= before - 1 && edits.get(0).replacedText.isEmpty(),
				"an insertion at the end, not a rebuild: start " + edits.get(0).start + " of " + before
						+ ", replaced \"" + edits.get(0).replacedText + "\"");
	}

	@Test
	void aFloodSlidesTheWindowInsteadOfGrowingTheTranscript() {
		BareJid peer = newPeer();
		ChatEditor editor = open(peer);
		Instant start = Instant.now().minusSeconds(3_000);
		for (int i = 0; i < 3 * HistoryWindow.FOLLOWING; i++) {
			receive(peer, "flood " + i + " ", start.plusSeconds(i));
		}
		waitForTranscript(editor, "flood " + (3 * HistoryWindow.FOLLOWING - 1) + " ");

		String text = ChatScreen.of(editor).transcriptText();
		assertEquals(HistoryWindow.FOLLOWING, text.split("flood ", -1).length - 1, "the latest 500 are on show");
		assertTrue(text.startsWith(TranscriptComposer.EARLIER), "the rest is behind \"Load earlier messages\"");
	}

	@Test
	void aReferenceBecomesALinkOnceItsFileIsInTheWorkspace() throws Exception {
		BareJid peer = newPeer();
		ChatEditor editor = open(peer);
		receive(peer, "the fix is in src/Later.java:2", Instant.now());
		waitForTranscript(editor, "src/Later.java:2");
		StyledText transcript = ChatScreen.of(editor).transcript();
		int offset = transcript.getText().indexOf("src/Later.java:2") + 1;
		StyleRange before = transcript.getStyleRangeAtOffset(offset);
		assertTrue(before == null || !before.underline, "no such file yet: plain text");

		IProject project = newProject("tact-later-" + System.nanoTime());
		project.getFolder("src").create(true, true, null);
		project.getFile("src/Later.java").create(
				new ByteArrayInputStream("class Later {\n}\n".getBytes(StandardCharsets.UTF_8)), true, null);

		DisplayLoop.until("the reference to become a link", () -> {
			StyleRange now = transcript.getStyleRangeAtOffset(offset);
			return now != null && now.underline;
		});
	}
}
