package dev.tact.ui.tests.chat;

import static dev.tact.ui.tests.fixture.SignedInWorkbench.spinUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.tact.core.etiquette.RuleId;
import dev.tact.core.presence.PresenceState;
import dev.tact.ui.internal.chat.ChatEditor;
import dev.tact.ui.internal.chat.ChatEditors;
import dev.tact.ui.internal.chat.ChatKeys;
import dev.tact.ui.tests.fixture.ChatScreen;
import dev.tact.ui.tests.fixture.DisplayLoop;
import dev.tact.ui.tests.fixture.Ide;
import dev.tact.ui.tests.fixture.Peer;
import dev.tact.ui.tests.fixture.Screenshots;
import dev.tact.ui.tests.fixture.SignedInWorkbench;
import dev.tact.ui.tests.fixture.Widgets;

/** "Send when available" from a presence hint, and hints that stay readable in a narrow editor. */
class SendLaterAndNarrowHintsTest extends ChatTestSupport {

	private static SignedInWorkbench workbench;
	private Point windowSize;

	@BeforeAll
	static void signIn() throws Exception {
		workbench = SignedInWorkbench.start();
	}

	@AfterAll
	static void signOut() {
		workbench.close();
	}

	@AfterEach
	void restore() {
		if (windowSize != null) {
			Ide.shell().setSize(windowSize);
		}
		closeAllEditors();
	}

	@Test
	void aMessageToSomeoneInDoNotDisturbWaitsQueuedAndGoesOutWhenTheyAreAvailable() throws Exception {
		Peer zoe = friendShowing("zoe", PresenceState.DO_NOT_DISTURB);
		ChatEditor editor = ChatEditors.open(page(), zoe.jid(), "Zoe");
		ChatWidgets.type(editor, "When you are out of the presentation: the release notes need a look");
		ChatWidgets.pressEnter(editor);
		spinUntil("the presence hint", () -> ChatScreen.of(editor).hints().contains(RuleId.PRESENCE_AWARE_SEND));

		ChatScreen.of(editor).click("Send when available");

		waitForTranscript(editor, "queued until Zoe is available");
		assertEquals("", ChatScreen.of(editor).input().getText(), "the draft left the input");
		zoe.show(PresenceState.BUSY, "");
		zoe.show(PresenceState.AVAILABLE, "");
		spinUntil("zoe gets it once she is available", () -> zoe.messages.stream()
				.anyMatch(m -> m.message().body().startsWith("When you are out of the presentation")));
		spinUntil("no longer queued", () -> !ChatScreen.of(editor).transcriptText().contains("queued until"));
	}

	@Test
	void aQueuedMessageCanBeSentNowOrCancelled() throws Exception {
		Peer ada = friendShowing("ada", PresenceState.AWAY);
		ChatEditor editor = ChatEditors.open(page(), ada.jid(), "Ada");
		queue(editor, "first: the build is green again");
		queue(editor, "second: never mind the flaky test");
		spinUntil("both queued", () -> client().heldFor(ada.jid()).size() == 2);
		spinUntil("the chat is laid out on screen", () -> ChatScreen.of(editor).transcript().getSize().y > 0);

		clickAction(editor, "Cancel", ChatScreen.of(editor).transcriptText().lastIndexOf("Cancel"));
		spinUntil("the second is gone", () -> !ChatScreen.of(editor).transcriptText().contains("second: never mind"));
		clickAction(editor, "Send now", ChatScreen.of(editor).transcriptText().indexOf("Send now"));

		spinUntil("ada gets the first now, though away", () -> ada.messages.stream()
				.anyMatch(m -> m.message().body().equals("first: the build is green again")));
		assertEquals(List.of(), client().heldFor(ada.jid()));
		assertFalse(ada.messages.stream().anyMatch(m -> m.message().body().startsWith("second")));
	}

	@Test
	void inANarrowEditorAHintWrapsToTheWidthWithItsButtonsBelowAndTheInputStaysInSight() throws Exception {
		Peer bea = workbench.peer("bea");
		ChatEditor editor = ChatEditors.open(page(), bea.jid(), "Bea");
		narrowTo(ChatScreen.of(editor), 300);

		ChatWidgets.type(editor, "hi");
		ChatWidgets.pressEnter(editor);
		spinUntil("the opening hint", () -> ChatScreen.of(editor).hints().contains(RuleId.OPENING_MESSAGE));
		ChatScreen.of(editor).root().layout(true, true);
		DisplayLoop.drain();

		ChatScreen screen = ChatScreen.of(editor);
		Rectangle chat = screen.root().getBounds();
		Label hint = Widgets.all(screen.hintBar(), Label.class).stream()
				.filter(l -> RuleId.OPENING_MESSAGE.key().equals(l.getData(ChatKeys.HINT_RULE))).findFirst().orElseThrow();
		Button edit = screen.button("Edit");
		int lineHeight = hint.computeSize(10_000, -1).y;
		assertTrue(chat.width <= 320, "the editor is narrow: " + chat.width);
		assertTrue(hint.getSize().x >= chat.width - 80, "the text takes the width: " + hint.getSize() + " of " + chat);
		assertTrue(hint.getSize().y <= lineHeight * 6, "a few lines, not a syllable per line: " + hint.getSize().y
				+ " for lines of " + lineHeight);
		assertTrue(toChat(screen, edit).y >= toChat(screen, hint).y + hint.getSize().y, "the buttons go below the text");
		Rectangle input = screen.input().getBounds();
		assertTrue(toChat(screen, screen.input()).y + input.height <= chat.height, "the input stays in sight: "
				+ toChat(screen, screen.input()) + " " + input + " in " + chat + "; hint " + hint.getSize() + ", transcript "
				+ screen.transcript().getSize() + ", hint bar " + screen.hintBar().getSize());
		assertTrue(screen.transcript().getSize().y > 0, "and so does the transcript");
		Screenshots.take("chat-editor-hint-narrow");
	}

	private Peer friendShowing(String prefix, PresenceState state) throws Exception {
		Peer peer = workbench.peer(prefix);
		workbench.befriend(peer, "Team");
		peer.show(state, "");
		spinUntil(prefix + " seen as " + state, () -> client().contacts().presenceOf(peer.jid()).state() == state);
		return peer;
	}

	private static void queue(ChatEditor editor, String text) {
		ChatWidgets.type(editor, text);
		ChatWidgets.pressEnter(editor);
		spinUntil("the presence hint", () -> !ChatScreen.of(editor).hints().isEmpty());
		ChatScreen.of(editor).click("Send when available");
		waitForTranscript(editor, text);
	}

	private static void clickAction(ChatEditor editor, String what, int offset) {
		assertTrue(offset >= 0, what + " in " + ChatScreen.of(editor).transcriptText());
		ChatWidgets.clickTranscriptAt(ChatScreen.of(editor).transcript(), offset + 1);
	}

	private static Point toChat(ChatScreen screen, Control control) {
		return screen.root().toControl(control.toDisplay(0, 0));
	}

	/** Narrows the window until the chat is about {@code width} pixels wide, as a user dragging its edge would. */
	private void narrowTo(ChatScreen screen, int width) {
		Shell shell = Ide.shell();
		windowSize = shell.getSize();
		for (int attempt = 0; attempt < 8 && Math.abs(screen.root().getSize().x - width) > 10; attempt++) {
			int chat = Math.max(1, screen.root().getSize().x);
			int target = shell.getSize().x - (chat - width);
			shell.setSize(Math.max(200, target), shell.getSize().y);
			shell.layout(true, true);
			DisplayLoop.drain();
		}
	}
}
