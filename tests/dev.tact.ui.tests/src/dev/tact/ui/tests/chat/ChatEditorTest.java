package dev.tact.ui.tests.chat;

import dev.tact.ui.tests.fixture.ChatScreen;
import dev.tact.ui.tests.fixture.DisplayLoop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.XMLMemento;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.Author;
import dev.tact.core.chat.ChatMessage;
import dev.tact.core.chat.ChatState;
import dev.tact.core.chat.DeliveryState;
import dev.tact.core.chat.MessageId;
import dev.tact.ui.internal.chat.ChatEditor;
import dev.tact.ui.internal.chat.ChatEditorInput;
import dev.tact.ui.internal.chat.ChatEditorInputFactory;

/** The chat editor opens per conversation, renders the core conversation and survives a restart. */
class ChatEditorTest extends ChatTestSupport {

	@AfterEach
	void closeEditors() {
		closeAllEditors();
	}

	@Test
	void opensOneEditorPerConversationNamedAfterTheContact() {
		BareJid peer = newPeer();
		ChatEditor editor = open(peer);
		assertNotNull(editor);
		assertEquals("Dana Scully", editor.getPartName());
		assertSame(editor, open(peer), "opening the same chat again brings the same editor back");
	}

	@Test
	void incomingMessageAppearsUnderTheSendersName() {
		BareJid peer = newPeer();
		ChatEditor editor = open(peer);
		receive(peer, "The nightly build is green again", Instant.now());
		waitForTranscript(editor, "The nightly build is green again");
		String text = ChatScreen.of(editor).transcriptText();
		assertTrue(text.contains("Dana Scully\n"), text);
		assertTrue(text.contains("Today"), "a day separator heads today's messages: " + text);
	}

	@Test
	void consecutiveMessagesOfOneSenderShareOneHeader() {
		BareJid peer = newPeer();
		Instant now = Instant.now();
		receive(peer, "first", now.minusSeconds(30));
		receive(peer, "second", now.minusSeconds(20));
		ChatEditor editor = open(peer);
		waitForTranscript(editor, "second");
		String text = ChatScreen.of(editor).transcriptText();
		assertEquals(text.indexOf("Dana Scully"), text.lastIndexOf("Dana Scully"), text);
	}

	@Test
	void ownMessagesShowDeliveryTicksAndCorrectionsAreMarkedEdited() {
		BareJid peer = newPeer();
		ChatEditor editor = open(peer);
		Author me = Author.of(BareJid.parse("me@example.org"));
		Instant now = Instant.now();
		client().conversations().add(peer,
				ChatMessage.outgoing(MessageId.random(), me, "delivered one", now.minusSeconds(3))
						.advancedTo(DeliveryState.DELIVERED));
		client().conversations().add(peer,
				ChatMessage.outgoing(MessageId.random(), me, "read one", now.minusSeconds(2))
						.advancedTo(DeliveryState.READ));
		MessageId typo = MessageId.random();
		conversation(peer).add(ChatMessage.incoming(typo, Author.of(peer), "teh build", now.minusSeconds(1)));
		conversation(peer).correct(typo, Author.of(peer), "the build");
		receive(peer, "sorry, typo", now);

		waitForTranscript(editor, "sorry, typo");
		String text = ChatScreen.of(editor).transcriptText();
		assertTrue(text.matches("(?s).*delivered one  \\d\\d:\\d\\d \u2713\u2713\n.*"), text);
		assertTrue(text.contains("\u2713\u2713 seen"), text);
		assertTrue(text.matches("(?s).*the build  \\d\\d:\\d\\d edited\n.*"), text);
		assertTrue(text.contains("You\n"), "own messages are headed You: " + text);
	}

	@Test
	void typingIndicatorNamesTheContact() {
		BareJid peer = newPeer();
		conversation(peer).updateChatState(Author.of(peer), ChatState.COMPOSING);
		ChatEditor editor = open(peer);
		assertEquals("Dana Scully is typing\u2026", ChatScreen.of(editor).typingText());
	}

	@Test
	void emoticonsBecomeEmojiAndOnlySafeLinksAreLinks() {
		BareJid peer = newPeer();
		ChatEditor editor = open(peer);
		receive(peer, "Thanks :) see https://example.org/build and javascript:alert(1)", Instant.now());
		waitForTranscript(editor, "https://example.org/build");
		StyledText transcript = ChatScreen.of(editor).transcript();
		String text = transcript.getText();
		assertTrue(text.contains("Thanks \uD83D\uDE42 see"), text);
		StyleRange link = transcript.getStyleRangeAtOffset(text.indexOf("https://example.org/build") + 3);
		assertNotNull(link);
		assertEquals(SWT.UNDERLINE_LINK, link.underlineStyle);
		StyleRange unsafe = transcript.getStyleRangeAtOffset(text.indexOf("javascript:") + 3);
		assertTrue(unsafe == null || !unsafe.underline, "javascript: is shown as plain text");
	}

	@Test
	void showsTheLastFiftyAndLoadsEarlierMessagesOnRequest() {
		BareJid peer = newPeer();
		Instant start = Instant.now().minus(Duration.ofMinutes(61));
		for (int i = 1; i <= 60; i++) {
			receive(peer, String.format("msg-%02d", i), start.plus(Duration.ofMinutes(i)));
		}
		ChatEditor editor = open(peer);
		waitForTranscript(editor, "msg-60");
		String text = ChatScreen.of(editor).transcriptText();
		assertFalse(text.contains("msg-10"), "only the last 50 show at first");
		assertTrue(text.contains("msg-11"), text);
		int earlier = text.indexOf("Load earlier messages");
		assertTrue(earlier >= 0, "older history is offered: " + text);

		ChatWidgets.clickTranscriptAt(ChatScreen.of(editor).transcript(), earlier + 2);
		waitForTranscript(editor, "msg-01");
		assertFalse(ChatScreen.of(editor).transcriptText().contains("Load earlier messages"));
	}

	@Test
	void shiftEnterStartsANewLineInsteadOfSending() {
		BareJid peer = newPeer();
		ChatEditor editor = open(peer);
		ChatWidgets.type(editor, "first line");
		Event shiftEnter = new Event();
		shiftEnter.keyCode = SWT.CR;
		shiftEnter.character = SWT.CR;
		shiftEnter.stateMask = SWT.SHIFT;
		ChatScreen.of(editor).input().notifyListeners(SWT.KeyDown, shiftEnter);

		assertTrue(shiftEnter.doit, "SWT inserts the line break");
		assertEquals(0, conversation(peer).size());
		assertTrue(ChatScreen.of(editor).hints().isEmpty());
	}

	@Test
	void sharingAFileWhileSignedOutSaysSoInlineAndSendsNothing(@TempDir Path dir) throws Exception {
		assertFalse(client().hasAccount(), "nobody is signed in in the test workbench");
		BareJid peer = newPeer();
		ChatEditor editor = open(peer);
		Path file = Files.writeString(dir.resolve("notes.txt"), "notes");

		editor.share(file);

		DisplayLoop.until("an inline notice", () -> ChatScreen.of(editor).noticeText().contains("Sign in to share files"));
		assertTrue(ChatScreen.of(editor).noticeText().contains("notes.txt"), ChatScreen.of(editor).noticeText());
		assertEquals(0, conversation(peer).size());
	}

	@Test
	void inputRoundTripsThroughItsRegisteredFactory() throws Exception {
		ChatEditorInput input = new ChatEditorInput(BareJid.parse("dana@example.org"), "Dana Scully");

		IAdaptable restored = roundTrip(input);

		assertEquals(input, restored);
		assertEquals("Dana Scully", ((ChatEditorInput) restored).displayName());
		assertFalse(((ChatEditorInput) restored).isRoom());
	}

	@Test
	void aGroupChatComesBackAsAGroupChat() throws Exception {
		ChatEditorInput input = new ChatEditorInput(BareJid.parse("release@conference.example.org"), "Release 2.1", true);

		ChatEditorInput restored = (ChatEditorInput) roundTrip(input);

		assertEquals(input, restored);
		assertTrue(restored.isRoom(), "the room is entered again, not chatted with as a person");
		assertEquals("Release 2.1", restored.displayName());
	}

	private static IAdaptable roundTrip(ChatEditorInput input) throws Exception {
		XMLMemento written = XMLMemento.createWriteRoot("editor");
		input.saveState(written);
		StringWriter saved = new StringWriter();
		written.save(saved);
		XMLMemento memento = XMLMemento.createReadRoot(new StringReader(saved.toString()));
		IElementFactory factory = PlatformUI.getWorkbench().getElementFactory(input.getFactoryId());
		assertNotNull(factory, "plugin.xml registers " + ChatEditorInputFactory.ID);
		return factory.createElement(memento);
	}
}
