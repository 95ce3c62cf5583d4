package dev.tact.ui.tests;

import static dev.tact.ui.tests.fixture.SignedInWorkbench.spinUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.tact.core.client.TactClient;
import dev.tact.core.etiquette.RuleId;
import dev.tact.core.presence.PresenceState;
import dev.tact.core.presence.ResetAfter;
import dev.tact.ui.internal.chat.ChatEditor;
import dev.tact.ui.internal.chat.ChatEditors;
import dev.tact.ui.internal.chat.EtiquettePreferences;
import dev.tact.ui.internal.presence.PresenceStatusControl;
import dev.tact.ui.internal.runtime.TactRuntime;
import dev.tact.ui.tests.fixture.ChatScreen;
import dev.tact.ui.tests.fixture.ContactsScreen;
import dev.tact.ui.tests.fixture.Dialogs;
import dev.tact.ui.tests.fixture.DisplayLoop;
import dev.tact.ui.tests.fixture.Ide;
import dev.tact.ui.tests.fixture.Menus;
import dev.tact.ui.tests.fixture.Notifications;
import dev.tact.ui.tests.fixture.Peer;
import dev.tact.ui.tests.fixture.PreferencePages;
import dev.tact.ui.tests.fixture.SignedInWorkbench;
import dev.tact.ui.tests.fixture.Widgets;

/**
 * Each switch of Preferences &gt; Tact &gt; Etiquette, turned off on the page as a user would: the hint it stands for
 * no longer appears where it did (a draft's hint, a reply's reassurance, the add dialog's message, the add-request
 * popup's words, the status bar's note hint, asking the room first). The Do Not Disturb hint, which takes a working
 * day, has its own test on a test clock ({@link DoNotDisturbSparinglyTest}).
 */
class EtiquetteSwitchesTest {

	private static SignedInWorkbench workbench;
	private static Peer busy;
	private static Peer rare;

	@BeforeAll
	static void signIn() throws Exception {
		workbench = SignedInWorkbench.start();
		busy = friend("busy");
		busy.show(PresenceState.BUSY, "");
		spinUntil("busy seen Busy", () -> client().contacts().presenceOf(busy.jid()).state() == PresenceState.BUSY);
		rare = friend("rare");
	}

	@AfterAll
	static void signOut() {
		workbench.close();
	}

	@AfterEach
	void allOn() {
		EtiquettePreferences.store(Set.of());
		client().resetPresenceToAutomatic();
		Notifications.closeAll();
		Ide.page().closeAllEditors(false);
		DisplayLoop.drain();
		Dialogs.check();
	}

	@Test
	void theDraftRulesEachStopWhenTheirSwitchIsOff() throws Exception {
		assertDraftRule(RuleId.PRESENCE_AWARE_SEND, "Check the person's presence before sending", busy, "a question");
		assertDraftRule(RuleId.OPENING_MESSAGE, "Suggest stating the topic", friend("new"), "hi");
		assertDraftRule(RuleId.ALL_CAPS, "Warn before sending ALL CAPS", friend("caps"), "PLEASE ANSWER QUICKLY ABOUT THE RELEASE");
		Peer quiet = friend("quiet");
		for (int i = 0; i < 2; i++) {
			client().send(quiet.jid(), "Got a moment for question " + i + "?", false);
		}
		assertDraftRule(RuleId.UNANSWERED, "Suggest waiting when several messages are unanswered", quiet, "and another?");
		Peer leaving = friend("leaving");
		ChatEditor editor = ChatEditors.open(Ide.page(), leaving.jid(), "Leaving");
		leaving.say(workbench.me(), "ok, bye");
		spinUntil("their goodbye arrived", () -> ChatScreen.of(editor).transcriptText().contains("ok, bye"));
		assertDraftRule(RuleId.TOO_MANY_GOODBYES, "Point out a goodbye", leaving, "bye!");
	}

	@Test
	void theTerseReplyReassuranceStopsWhenItsSwitchIsOff() throws Exception {
		PreferencePages.change(PreferencePages.ETIQUETTE, "Explain that terse replies", false);
		ChatEditor editor = ChatEditors.open(Ide.page(), rare.jid(), "Rare");
		client().send(rare.jid(), "Got a moment for the release?", false);
		rare.say(workbench.me(), "in a meeting - talk later");
		spinUntil("the reply arrived", () -> ChatScreen.of(editor).transcriptText().contains("in a meeting"));
		DisplayLoop.drain();
		assertFalse(ChatScreen.of(editor).hints().contains(RuleId.TERSE_REPLY));
	}

	@Test
	void theAddDialogSaysTheyAreToldUnlessThatSwitchIsOff() {
		assertEquals(List.of(true, false), List.of(addDialogSaysTheyAreTold(), switchedOff(
				"Say that adding a contact notifies them", this::addDialogSaysTheyAreTold)));
	}

	@Test
	void theAddRequestPopupExplainsTheChoicesUnlessThatSwitchIsOff() throws Exception {
		PreferencePages.change(PreferencePages.ETIQUETTE, "Explain the choices when someone adds you", false);
		Peer asker = workbench.peer("asker");
		asker.ports().roster().add(workbench.me(), "Me", Set.of()).get(10, TimeUnit.SECONDS);
		spinUntil("the popup", () -> Notifications.containing(asker.jid() + " wants to add you").isPresent());
		assertTrue(Notifications.containing("They would like to see your presence").isPresent(),
				"plain words, not the guide's explanation");
		assertFalse(Notifications.containing("you can add them back").isPresent());
	}

	@Test
	void theAwayNoteHintStopsWhenItsSwitchIsOff() {
		PreferencePages.change(PreferencePages.ETIQUETTE, "Suggest a note saying where you are", false);
		client().choosePresence(PresenceState.AWAY, ResetAfter.NEVER);
		CLabel label = Widgets.require(Ide.shell(), PresenceStatusControl.ID, CLabel.class);
		spinUntil("away in the status bar", () -> label.getText().startsWith("Away"));
		label.notifyListeners(SWT.MouseDown, new Event());
		Menu menu = (Menu) label.getData(PresenceStatusControl.OPEN_MENU);
		List<String> items = Menus.labels(menu);
		Menus.close(menu);
		assertFalse(items.get(0).startsWith("Add a note"), items.toString());
	}

	private boolean addDialogSaysTheyAreTold() {
		boolean[] told = new boolean[1];
		Dialogs.whenOpens("Add Contact", shell -> {
			told[0] = Widgets.all(shell, Label.class).stream().anyMatch(l -> l.getText().contains("notification that you added"))
					|| shellMessage(shell).contains("notification that you added");
			Widgets.click(shell, "Cancel");
		});
		Menus.choose(ContactsScreen.show().selectNothing().contextMenu(), "Add Contact\u2026");
		Dialogs.check();
		return told[0];
	}

	/** The message line of a title-area dialog, which is not a plain label. */
	private static String shellMessage(Shell shell) {
		return Widgets.all(shell, Text.class).stream().filter(t -> !t.getEditable())
				.map(Text::getText).reduce("", String::concat);
	}

	private static boolean switchedOff(String label, BooleanSupplier observe) {
		PreferencePages.change(PreferencePages.ETIQUETTE, label, false);
		return observe.getAsBoolean();
	}

	/** Types {@code draft} to {@code peer}: the rule's hint shows; with its switch off, it does not (and the draft goes). */
	private static void assertDraftRule(RuleId rule, String label, Peer peer, String draft) {
		ChatEditor editor = ChatEditors.open(Ide.page(), peer.jid(), peer.jid().local());
		Widgets.type(ChatScreen.of(editor).input(), draft);
		Widgets.pressEnter(ChatScreen.of(editor).input());
		spinUntil(rule + " hint while on", () -> ChatScreen.of(editor).hints().contains(rule));

		PreferencePages.change(PreferencePages.ETIQUETTE, label, false);
		Widgets.type(ChatScreen.of(editor).input(), draft + " ");
		Widgets.pressEnter(ChatScreen.of(editor).input());
		DisplayLoop.drain();
		assertFalse(ChatScreen.of(editor).hints().contains(rule), rule + " hint with its switch off");
		EtiquettePreferences.store(Set.of());
		Widgets.type(ChatScreen.of(editor).input(), "");
	}

	private static Peer friend(String prefix) throws Exception {
		Peer peer = workbench.peer(prefix);
		workbench.befriend(peer, "Team");
		spinUntil(prefix + " seen", () -> client().contacts().presenceOf(peer.jid()).state() != PresenceState.OFFLINE);
		return peer;
	}

	private static TactClient client() {
		return TactRuntime.get().client();
	}
}
