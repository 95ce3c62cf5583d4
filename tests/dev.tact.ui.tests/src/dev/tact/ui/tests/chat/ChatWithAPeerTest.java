package dev.tact.ui.tests.chat;

import static dev.tact.ui.tests.fixture.SignedInWorkbench.spinUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.tact.core.etiquette.RuleId;
import dev.tact.core.presence.PresenceState;
import dev.tact.core.transcript.MessageExcerpt;
import dev.tact.ui.internal.chat.ChatEditor;
import dev.tact.ui.internal.chat.ChatEditors;
import dev.tact.ui.internal.contacts.ContactsView;
import dev.tact.ui.tests.fixture.ChatScreen;
import dev.tact.ui.tests.fixture.Dialogs;
import dev.tact.ui.tests.fixture.DisplayLoop;
import dev.tact.ui.tests.fixture.Notifications;
import dev.tact.ui.tests.fixture.Peer;
import dev.tact.ui.tests.fixture.Screenshots;
import dev.tact.ui.tests.fixture.SignedInWorkbench;
import dev.tact.ui.tests.fixture.Widgets;

/**
 * A one-to-one chat with a real peer, as the user sees it: the peer's presence at the top, messages read as they
 * arrive while the chat is on screen, replies the guide has a word about, and files the peer shares.
 */
class ChatWithAPeerTest extends ChatTestSupport {

	private static SignedInWorkbench workbench;

	@BeforeAll
	static void signIn() throws Exception {
		workbench = SignedInWorkbench.start();
	}

	@AfterAll
	static void signOut() {
		workbench.close();
	}

	@AfterEach
	void closeEverything() {
		Notifications.closeAll();
		closeAllEditors();
		Dialogs.check();
	}

	@Test
	void theChatShowsThePeersStateNoteAndUntilLive() throws Exception {
		Peer rae = friend("rae");
		rae.show(PresenceState.BUSY, "reviewing the release");
		ChatEditor editor = ChatEditors.open(page(), rae.jid(), "Rae");

		spinUntil("Busy with the note at the top", () -> ChatScreen.of(editor).peerPresence()
				.equals("Rae \u00B7 Busy \u2014 reviewing the release"));
		Screenshots.take("chat-editor-presence");
		rae.show(PresenceState.AVAILABLE, "");
		spinUntil("Available at the top", () -> ChatScreen.of(editor).peerPresence().equals("Rae \u00B7 Available"));
	}

	@Test
	void aMessageInTheChatOnScreenMakesNoPopupAndNoUnreadCountButOneInAnotherChatDoes() throws Exception {
		Peer uma = friend("uma");
		Peer vic = friend("vic");
		ContactsView contacts = (ContactsView) page().showView(ContactsView.ID);
		ChatEditor editor = ChatEditors.open(page(), uma.jid(), "Uma");
		SignedInWorkbench.activateWindow();
		spinUntil("Tact knows the user is reading uma's chat", () -> client().unread().isReading(uma.jid()));

		uma.say(workbench.me(), "are you looking at the diff?");
		waitForTranscript(editor, "are you looking at the diff?");
		vic.say(workbench.me(), "ping about the release");
		spinUntil("vic's message pops up", () -> Notifications.containing("ping about the release").isPresent());

		assertFalse(Notifications.containing("are you looking").isPresent(), "the chat on screen makes no popup");
		assertEquals(0, client().unread().count(uma.jid()));
		assertEquals(1, client().unread().count(vic.jid()));
		spinUntil("the Contacts tab counts what is unread", () -> "Contacts (1)".equals(contacts.getPartName()));

		ChatEditors.open(page(), vic.jid(), "Vic");
		spinUntil("reading vic's chat clears the count", () -> "Contacts".equals(contacts.getPartName()));
		assertEquals(0, client().unread().total());
		hide(contacts);
	}

	@Test
	void aTerseAnswerToUsGetsTheGuidesReassuranceWhichOkPutsAway() throws Exception {
		Peer wes = friend("wes");
		ChatEditor editor = ChatEditors.open(page(), wes.jid(), "Wes");
		ChatWidgets.type(editor, "Got a moment to discuss the flaky test?");
		ChatWidgets.pressEnter(editor);
		spinUntil("wes has it", () -> !wes.messages.isEmpty());

		wes.say(workbench.me(), "in a meeting - talk later");

		spinUntil("the reassurance", () -> ChatScreen.of(editor).hints().equals(List.of(RuleId.TERSE_REPLY)));
		assertTrue(ChatScreen.of(editor).hintText(RuleId.TERSE_REPLY).contains("normal way to say"));
		ChatScreen.of(editor).click("OK");
		assertEquals(List.of(), ChatScreen.of(editor).hints());
	}

	@Test
	void aGoodbyeAfterTheirsGetsAQuietHintAndStillGoesIfWeInsist() throws Exception {
		Peer xan = friend("xan");
		ChatEditor editor = ChatEditors.open(page(), xan.jid(), "Xan");
		ChatWidgets.type(editor, "Pushed the fix for the build");
		ChatWidgets.pressEnter(editor);
		xan.say(workbench.me(), "great, thanks, talk later");
		waitForTranscript(editor, "great, thanks");
		ChatScreen.of(editor).hintBar().getParent().layout(true, true);
		if (ChatScreen.of(editor).hints().contains(RuleId.TERSE_REPLY)) {
			ChatScreen.of(editor).click("OK"); // "talk later" is a terse reply too; its reassurance comes first
		}

		ChatWidgets.type(editor, "bye!");
		ChatWidgets.pressEnter(editor);

		spinUntil("the goodbye hint", () -> ChatScreen.of(editor).hints().contains(RuleId.TOO_MANY_GOODBYES));
		assertTrue(ChatScreen.of(editor).hintText(RuleId.TOO_MANY_GOODBYES).startsWith("Xan already said goodbye"));
		int sent = xan.messages.size();
		ChatScreen.of(editor).click("Send anyway");
		spinUntil("it went anyway", () -> xan.messages.size() == sent + 1);
	}

	@Test
	void aFileThePeerSharesIsSavedWhereTheUserSaysWithTheSameBytesAndNeverOverwrites() throws Exception {
		Peer yul = friend("yul");
		Path original = Files.writeString(Files.createTempFile("trace", ".log"), "java.lang.IllegalStateException\n");
		String link = yul.ports().files().upload(original, null).get(20, TimeUnit.SECONDS)
				.toString();
		yul.say(workbench.me(), link);
		ChatEditor editor = ChatEditors.open(page(), yul.jid(), "Yul");
		String name = original.getFileName().toString();
		waitForTranscript(editor, name + "  Save As\u2026");
		Path folder = Files.createTempDirectory("saved");
		Files.writeString(folder.resolve(name), "already here");

		Dialogs.whenOpens("Save Shared File", shell -> {
			Widgets.type(Widgets.all(shell, Text.class).get(0), folder.toString());
			Widgets.click(shell, "Save");
		});
		spinUntil("the chat is laid out on screen", () -> ChatScreen.of(editor).transcript().getSize().y > 0);
		ChatWidgets.clickTranscriptAt(ChatScreen.of(editor).transcript(),
				ChatScreen.of(editor).transcriptText().indexOf("Save As") + 2);
		Dialogs.check();

		String copy = name.replace(".log", " (2).log");
		spinUntil("the copy is saved beside, not over, the file already there",
				() -> ChatScreen.of(editor).noticeText().contains("Saved " + copy));
		assertEquals("java.lang.IllegalStateException\n", Files.readString(folder.resolve(copy)));
		assertEquals("already here", Files.readString(folder.resolve(name)));
	}

	@Test
	void aLongPasteFromAPeerShowsItsStartAndTheRestIsOneClickAway() throws Exception {
		Peer zed = friend("zed");
		String trace = "\tat dev.tact.Example.run(Example.java:12)\n".repeat(5_000); // about 200 KB, one message
		zed.say(workbench.me(), trace);
		ChatEditor editor = ChatEditors.open(page(), zed.jid(), "Zed");

		waitForTranscript(editor, "Show all 5,001 lines (206 KB)");
		assertTrue(ChatScreen.of(editor).transcriptText().length() < 2 * MessageExcerpt.SHOWN_CHARACTERS,
				"only the start is laid out");
		spinUntil("the chat is laid out on screen", () -> ChatScreen.of(editor).transcript().getSize().y > 0);
		ChatWidgets.clickTranscriptAt(ChatScreen.of(editor).transcript(),
				ChatScreen.of(editor).transcriptText().indexOf("Show all") + 2);

		spinUntil("all of it, on request", () -> ChatScreen.of(editor).transcriptText().contains(trace));
		assertFalse(ChatScreen.of(editor).transcriptText().contains("Show all"));
	}

	/** A teammate in the contacts, seen Available: what the user looks for before writing to them. */
	@Test
	void aTextTooLongForOneMessageGoesAsAFileFromTheNotice() throws Exception {
		Peer wes = friend("wes");
		ChatEditor editor = ChatEditors.open(page(), wes.jid(), "Wes");
		String log = "line of a long build log\n".repeat(2_500); // 62,500 bytes: over the 48 KB of one message
		ChatWidgets.type(editor, log);
		ChatWidgets.pressEnter(editor);

		spinUntil("a notice says why, with what to do", () -> ChatScreen.of(editor).noticeText()
				.equals("This message is 62 KB; at most 48 KB goes as one message. Send it as a file, or shorten it."));
		assertEquals(log, ChatScreen.of(editor).input().getText(), "the draft is kept");
		ChatScreen.of(editor).click("Send as File");

		spinUntil("wes got a link to a text file", () -> wes.messages.stream()
				.anyMatch(m -> m.message().body().matches("http://127\\.0\\.0\\.1\\S+\\.txt")));
		String link = wes.messages.stream().map(m -> m.message().body()).filter(b -> b.endsWith(".txt")).findFirst()
				.orElseThrow();
		HttpResponse<String> fetched = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertEquals(log, fetched.body(), "the whole text, in the file");
		spinUntil("the input is empty again", () -> ChatScreen.of(editor).input().getText().isEmpty());
		assertFalse(wes.messages.stream().anyMatch(m -> m.message().body().startsWith("line of")), "never as a message");
	}

	private Peer friend(String prefix) throws Exception {
		Peer peer = workbench.peer(prefix);
		workbench.befriend(peer, "Team");
		spinUntil(prefix + " seen Available", () -> client().contacts().presenceOf(peer.jid()).state()
				== PresenceState.AVAILABLE);
		return peer;
	}

	private static void hide(IViewPart view) {
		page().hideView(view);
		DisplayLoop.drain();
	}
}
