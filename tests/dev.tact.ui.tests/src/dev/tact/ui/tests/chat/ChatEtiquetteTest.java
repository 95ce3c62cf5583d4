package dev.tact.ui.tests.chat;

import dev.tact.ui.tests.fixture.ChatScreen;
import dev.tact.ui.tests.fixture.DisplayLoop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.ChatMessage;
import dev.tact.core.chat.DeliveryState;
import dev.tact.core.etiquette.EtiquetteHint;
import dev.tact.core.etiquette.QuickReplies;
import dev.tact.core.etiquette.RuleId;
import dev.tact.ui.internal.chat.ChatEditor;
import dev.tact.ui.internal.chat.EtiquettePreferences;

/** Etiquette hints appear inline above the input before sending, never block, and can be turned off. */
class ChatEtiquetteTest extends ChatTestSupport {

	private Set<RuleId> disabledBefore;

	@BeforeEach
	void allRulesOn() {
		disabledBefore = EtiquettePreferences.disabled();
		EtiquettePreferences.store(EnumSet.noneOf(RuleId.class));
	}

	@AfterEach
	void restore() {
		closeAllEditors();
		EtiquettePreferences.store(disabledBefore);
	}

	@Test
	void bareHiToAContactWithoutHistoryShowsTheOpeningHintAndDoesNotSend() {
		BareJid peer = newPeer();
		ChatEditor editor = open(peer);
		ChatWidgets.type(editor, "hi");
		ChatWidgets.pressEnter(editor);

		DisplayLoop.until("the opening-message hint", () -> rules(editor).contains(RuleId.OPENING_MESSAGE));
		assertEquals(0, conversation(peer).size(), "a hint never sends");
		assertEquals("hi", ChatScreen.of(editor).input().getText(), "the draft stays for editing");
		String opening = ChatScreen.of(editor).hintText(RuleId.OPENING_MESSAGE);
		assertTrue(opening.contains("Got a moment"), opening);
	}

	@Test
	void sendAnywaySendsAndTheMessageWaitsAsPending() {
		BareJid peer = newPeer();
		ChatEditor editor = open(peer);
		ChatWidgets.type(editor, "hi");
		ChatWidgets.pressEnter(editor);
		DisplayLoop.until("a hint", () -> !ChatScreen.of(editor).hints().isEmpty());

		ChatWidgets.click(hintButton(editor, "Send anyway"));

		waitForTranscript(editor, "hi  ");
		List<ChatMessage> messages = conversation(peer).last(5).messages();
		assertEquals(1, messages.size());
		assertEquals(DeliveryState.PENDING, messages.get(0).delivery(), "nobody is signed in: it waits in the outbox");
		assertTrue(ChatScreen.of(editor).transcriptText().contains("\u23F3"), "the pending tick shows");
		assertTrue(ChatScreen.of(editor).hints().isEmpty());
		assertEquals("", ChatScreen.of(editor).input().getText());
	}

	@Test
	void secondEnterOnTheSameDraftSendsAnyway() {
		BareJid peer = newPeer();
		ChatEditor editor = open(peer);
		ChatWidgets.type(editor, "hi");
		ChatWidgets.pressEnter(editor);
		DisplayLoop.until("a hint", () -> !ChatScreen.of(editor).hints().isEmpty());

		ChatWidgets.pressEnter(editor);

		DisplayLoop.until("the message to be sent", () -> conversation(peer).size() == 1);
	}

	@Test
	void allCapsShowsTheShoutingHint() throws Exception {
		BareJid peer = newPeer();
		Instant now = Instant.now();
		receive(peer, "Morning! Did you see the failing test in `ReleaseCheck`? :(", now.minusSeconds(240));
		receive(peer, "It fails here:\n```\nassertEquals(3, outbox.size());\n```\nsee src/ReleaseCheck.java:42",
				now.minusSeconds(200));
		ChatEditor editor = open(peer);
		ChatWidgets.type(editor, "PLEASE STOP MERGING UNTIL THE BUILD IS FIXED");
		ChatWidgets.pressEnter(editor);

		DisplayLoop.until("the shouting hint", () -> rules(editor).contains(RuleId.ALL_CAPS));
		assertEquals(2, conversation(peer).size(), "nothing was sent");
		assertNotNull(hintButton(editor, "Don\u2019t show again"));
		DisplayLoop.drain();
		ChatWidgets.screenshot(editor.getSite().getShell(), "chat-editor-hint.png");
	}

	@Test
	void quickReplySendsAtOnceWithoutHints() {
		BareJid peer = newPeer();
		ChatEditor editor = open(peer);
		Button reply = ChatScreen.of(editor).button(QuickReplies.DEFAULT.get(0));
		assertEquals(QuickReplies.DEFAULT.get(0), reply.getText());

		ChatWidgets.click(reply);

		DisplayLoop.until("the quick reply to be sent", () -> conversation(peer).size() == 1);
		assertEquals(QuickReplies.DEFAULT.get(0), conversation(peer).last(1).messages().get(0).body());
		assertTrue(ChatScreen.of(editor).hints().isEmpty());
		waitForTranscript(editor, QuickReplies.DEFAULT.get(0));
	}

	@Test
	void dontShowAgainTurnsTheRuleOffInThePreferenceStore() {
		BareJid peer = newPeer();
		ChatEditor editor = open(peer);
		ChatWidgets.type(editor, "hi");
		ChatWidgets.pressEnter(editor);
		DisplayLoop.until("the opening-message hint", () -> rules(editor).contains(RuleId.OPENING_MESSAGE));

		// the opening hint is the firmest, so its row and buttons come first
		ChatWidgets.click(hintButton(editor, "Don\u2019t show again"));

		assertTrue(EtiquettePreferences.disabled().contains(RuleId.OPENING_MESSAGE));
		String stored = InstanceScope.INSTANCE.getNode("dev.tact.ui").get("etiquette.disabled", "");
		assertTrue(stored.contains("opening-message"), stored);
		assertTrue(!rules(editor).contains(RuleId.OPENING_MESSAGE));
		assertEquals(0, conversation(peer).size());
	}

	private static List<RuleId> rules(ChatEditor editor) {
		return ChatScreen.of(editor).hints();
	}

	private static Button hintButton(ChatEditor editor, String label) {
		Button button = ChatWidgets.button(ChatScreen.of(editor).hintBar(), label);
		assertNotNull(button, "the hint bar offers " + label);
		return button;
	}
}
