package dev.tact.ui.tests;

import static dev.tact.ui.tests.fixture.SignedInWorkbench.spinUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.tact.core.alert.ChimeGate;
import dev.tact.core.chat.ChatState;
import dev.tact.core.client.TactClient;
import dev.tact.core.etiquette.RuleId;
import dev.tact.core.focus.FocusLength;
import dev.tact.core.focus.FocusStyle;
import dev.tact.core.presence.Claim;
import dev.tact.core.presence.ClaimSource;
import dev.tact.core.presence.Presence;
import dev.tact.core.presence.PresenceState;
import dev.tact.core.presence.PresenceWire;
import dev.tact.core.presence.ResetAfter;
import dev.tact.core.presence.XmppShow;
import dev.tact.ui.internal.chat.ChatEditor;
import dev.tact.ui.internal.chat.ChatEditors;
import dev.tact.ui.internal.preferences.TactPreferences;
import dev.tact.ui.internal.runtime.AccountPreferences;
import dev.tact.ui.internal.runtime.TactRuntime;
import dev.tact.ui.tests.fixture.ChatScreen;
import dev.tact.ui.tests.fixture.DisplayLoop;
import dev.tact.ui.tests.fixture.Ide;
import dev.tact.ui.tests.fixture.Notifications;
import dev.tact.ui.tests.fixture.Peer;
import dev.tact.ui.tests.fixture.PreferencePages;
import dev.tact.ui.tests.fixture.SignedInWorkbench;
import dev.tact.ui.tests.fixture.TestAudio;
import dev.tact.ui.tests.fixture.Widgets;

/**
 * The switches of Tact's preference pages, each changed as a user would (the page opened, the box clicked, Apply
 * and Close) and its effect seen: at a real peer, on screen, or in what the IDE does.
 */
class PreferencePagesTest {

	private static SignedInWorkbench workbench;
	private static Peer peer;

	@BeforeAll
	static void signIn() throws Exception {
		workbench = SignedInWorkbench.start();
		peer = workbench.peer("prefs");
		workbench.befriend(peer, "Team");
		spinUntil("the peer is seen", () -> client().contacts().presenceOf(peer.jid()).state() == PresenceState.AVAILABLE);
	}

	@AfterAll
	static void signOut() {
		workbench.close();
	}

	@AfterEach
	void defaults() throws Exception {
		client().focus().stop();
		client().presence().release(ClaimSource.DEBUGGER);
		client().resetPresenceToAutomatic();
		for (String key : List.of(TactPreferences.REVEAL_AUTOMATION, TactPreferences.SEND_TYPING, TactPreferences.FOCUS_STYLE,
				TactPreferences.FOCUS_AUTO_REPLY, TactPreferences.POPUPS, TactPreferences.PRIORITY_CONTACTS,
				TactPreferences.SOUNDS, TactPreferences.MUTE_IN_CALLS, TactPreferences.ALERT_FOR_STRANGERS,
				TactPreferences.ETIQUETTE_DISABLED)) {
			TactPreferences.node().remove(key);
		}
		client().unread().snapshot().keySet().forEach(client().unread()::markRead);
		Notifications.closeAll();
		Ide.page().closeAllEditors(false);
		DisplayLoop.drain();
	}

	@Test
	void theResourceWeSignInWithIsMadeUpOnceForThisInstallationAndSaysNothingAboutUs() {
		String resource = peer.presences.stream().filter(p -> p.from().bare().equals(workbench.me()))
				.reduce((first, second) -> second).orElseThrow().from().resource();

		assertTrue(resource.matches("tact-[0-9a-z]{10}"), resource);
		assertEquals(resource, AccountPreferences.resource(), "kept for the next sign-in");
		assertEquals(resource, TactPreferences.node().get(AccountPreferences.RESOURCE, ""), "saved in the preferences");
	}

	@Test
	void tellingOthersWhyWhenBusyAutomaticallyIsASwitch() {
		client().presence().claim(Claim.untilReleased(ClaimSource.DEBUGGER, Presence.of(PresenceState.DEBUGGING)));
		spinUntil("the peer sees Debugging", () -> "debugging".equals(seen().tactState()));

		PreferencePages.change(PreferencePages.PRESENCE, "Tell others why", false);

		spinUntil("the peer sees plain Busy", () -> "busy".equals(seen().tactState()) && seen().status().equals("Busy"));
		PreferencePages.change(PreferencePages.PRESENCE, "Tell others why", true);
		spinUntil("Debugging again", () -> "debugging".equals(seen().tactState()));
	}

	@Test
	void lettingOthersSeeTypingIsASwitch() {
		PreferencePages.change(PreferencePages.PRESENCE, "Let others see when I am typing", false);
		ChatEditor editor = ChatEditors.open(Ide.page(), peer.jid(), "Prefs");
		int before = composing();
		Widgets.type(ChatScreen.of(editor).input(), "a draft nobody should see being typed");
		DisplayLoop.drain();
		workbench.flushTo(peer); // anything sent would have arrived by now
		assertEquals(before, composing(), "no typing notice went out");

		PreferencePages.change(PreferencePages.PRESENCE, "Let others see when I am typing", true);
		Widgets.type(ChatScreen.of(editor).input(), "now they may");
		spinUntil("the peer sees us typing", () -> composing() > before);
	}

	@Test
	void aFocusSessionSetsBusyOrDoNotDisturbAsChosen() {
		PreferencePages.change(PreferencePages.PRESENCE, "Do Not Disturb (use sparingly)", true);
		client().focus().start(FocusLength.TWENTY_FIVE_MINUTES, TactPreferences.focusStyle());
		spinUntil("the peer sees Do Not Disturb", () -> "do-not-disturb".equals(seen().tactState()));
		client().focus().stop();

		PreferencePages.change(PreferencePages.PRESENCE, "Busy \u2013 Focusing until", true);
		client().focus().start(FocusLength.TWENTY_FIVE_MINUTES, TactPreferences.focusStyle());
		spinUntil("the peer sees Focusing", () -> "focusing".equals(seen().tactState()));
	}

	@Test
	void theFocusAutoReplyAnswersOnceWhenOn() throws Exception {
		client().focus().start(FocusLength.TWENTY_FIVE_MINUTES, FocusStyle.BUSY_FOCUSING);
		peer.say(workbench.me(), "before the switch");
		spinUntil("it arrived", () -> client().conversations().with(peer.jid()).last(1).messages().stream()
				.anyMatch(m -> m.body().equals("before the switch")));
		workbench.flushTo(peer);
		assertFalse(autoReplied(), "off by default");

		PreferencePages.change(PreferencePages.PRESENCE, "During a focus session, answer each person once", true);
		peer.say(workbench.me(), "a question during focus");
		spinUntil("the peer gets the auto-reply", this::autoReplied);
	}

	@Test
	void popupsForNewMessagesAreASwitch() throws Exception {
		PreferencePages.change(PreferencePages.ALERTS, "Show a notification for new messages", false);
		peer.say(workbench.me(), "no popup for this one");
		spinUntil("it arrived", () -> client().unread().count(peer.jid()) == 1);
		DisplayLoop.drain();
		assertFalse(Notifications.containing("no popup for this one").isPresent());

		PreferencePages.change(PreferencePages.ALERTS, "Show a notification for new messages", true);
		peer.say(workbench.me(), "a popup for this one");
		spinUntil("its popup", () -> Notifications.containing("a popup for this one").isPresent());
		client().unread().markRead(peer.jid());
	}

	@Test
	void soundsForNewMessagesAreASwitchAndABurstMakesOneChime() throws Exception {
		PreferencePages.change(PreferencePages.ALERTS, "Play a sound for new messages", false);
		int before = TestAudio.speakers().sounds();
		peer.say(workbench.me(), "quietly, please");
		spinUntil("its popup", () -> Notifications.containing("quietly, please").isPresent());
		assertEquals(before, TestAudio.speakers().sounds(), "no sound with sounds off");

		PreferencePages.change(PreferencePages.ALERTS, "Play a sound for new messages", true);
		waitOutTheChimeGap(); // a chime of an earlier test must not swallow this one
		for (int i = 0; i < 10; i++) {
			peer.say(workbench.me(), "burst " + i);
		}
		spinUntil("the burst arrived", () -> client().unread().count(peer.jid()) >= 11);
		spinUntil("a chime", () -> TestAudio.speakers().sounds() == before + 1);
		workbench.flushTo(peer);
		assertEquals(before + 1, TestAudio.speakers().sounds(), "one chime for the whole burst");
	}

	@Test
	void soundsAreMutedInACallWhileThePopupStillShows() throws Exception {
		client().choosePresence(PresenceState.IN_A_CALL, ResetAfter.NEVER);
		int before = TestAudio.speakers().sounds();
		peer.say(workbench.me(), "during your call");
		spinUntil("the popup", () -> Notifications.containing("during your call").isPresent());
		workbench.flushTo(peer);
		assertEquals(before, TestAudio.speakers().sounds(), "muted in a call");

		PreferencePages.change(PreferencePages.ALERTS, "Mute sounds while in a call", false);
		Notifications.closeAll();
		waitOutTheChimeGap();
		peer.say(workbench.me(), "again during your call");
		spinUntil("now it chimes", () -> TestAudio.speakers().sounds() == before + 1);
	}

	/** The chime gate lets one chime through per few seconds; a test that needs the next one waits for it. */
	private static void waitOutTheChimeGap() {
		long until = System.nanoTime() + ChimeGate.GAP.toNanos();
		DisplayLoop.until(ChimeGate.GAP.plusSeconds(5), "the chime gap to pass",
				() -> System.nanoTime() - until > 0);
	}

	@Test
	void aStrangersMessageIsABadgeOnlyUntilTheUserAsksToBeAlerted() throws Exception {
		Peer stranger = workbench.peer("stranger"); // not in the contacts
		stranger.say(workbench.me(), "hello from outside");
		spinUntil("it arrived and counts", () -> client().unread().count(stranger.jid()) == 1);
		workbench.flushTo(stranger);
		DisplayLoop.drain();
		assertFalse(Notifications.containing("hello from outside").isPresent(), "no popup for a stranger");

		PreferencePages.change(PreferencePages.ALERTS, "Alert me about messages and invitations from people not", true);
		stranger.say(workbench.me(), "hello again");

		spinUntil("now it pops up", () -> Notifications.containing("hello again").isPresent());
		client().unread().markRead(stranger.jid());
	}

	@Test
	void peopleOnThePriorityListReachYouInDoNotDisturb() throws Exception {
		client().choosePresence(PresenceState.DO_NOT_DISTURB, ResetAfter.NEVER);
		peer.say(workbench.me(), "held back by DND");
		spinUntil("it arrived", () -> client().unread().count(peer.jid()) == 1);
		DisplayLoop.drain();
		assertFalse(Notifications.containing("held back by DND").isPresent());

		Shell preferences = PreferencePages.open(PreferencePages.ALERTS);
		Widgets.type(PreferencePages.fields(preferences).get(0), peer.jid().toString());
		PreferencePages.applyAndClose(preferences);
		peer.say(workbench.me(), "breaking through");

		spinUntil("a priority person's message pops up in DND", () -> Notifications.containing("breaking through")
				.isPresent());
		client().unread().markRead(peer.jid());
	}

	@Test
	void everyEtiquetteRuleCanBeTurnedOffAndOnFromItsPage() {
		Shell page = PreferencePages.open(PreferencePages.ETIQUETTE);
		List<String> switches = Widgets.all(page, Button.class).stream()
				.filter(b -> (b.getStyle() & SWT.CHECK) != 0).map(b -> b.getText()).toList();
		assertEquals(RuleId.values().length, switches.size(), "one switch per rule: " + switches);
		PreferencePages.set(page, "Warn before sending ALL CAPS", false);
		PreferencePages.set(page, "Point out a goodbye", false);
		PreferencePages.applyAndClose(page);
		assertEquals(Set.of(RuleId.ALL_CAPS, RuleId.TOO_MANY_GOODBYES), TactPreferences.disabledEtiquetteRules());

		ChatEditor editor = ChatEditors.open(Ide.page(), peer.jid(), "Prefs");
		Widgets.type(ChatScreen.of(editor).input(), "WHERE ARE THE RELEASE NOTES");
		Widgets.pressEnter(ChatScreen.of(editor).input());
		spinUntil("sent without the shouting hint", () -> peer.messages.stream()
				.anyMatch(m -> m.message().body().equals("WHERE ARE THE RELEASE NOTES")));

		PreferencePages.change(PreferencePages.ETIQUETTE, "Warn before sending ALL CAPS", true);
		Widgets.type(ChatScreen.of(editor).input(), "PLEASE ANSWER QUICKLY ABOUT THE RELEASE");
		Widgets.pressEnter(ChatScreen.of(editor).input());
		spinUntil("the shouting hint is back", () -> ChatScreen.of(editor).hints().contains(RuleId.ALL_CAPS));
	}

	@Test
	void testConnectionOnTheAccountPageSaysWhetherTheAccountWorks() {
		Shell page = PreferencePages.open(PreferencePages.ACCOUNT);
		Widgets.click(page, "Test Connection");
		spinUntil("the test succeeds", () -> labels(page).stream().anyMatch(t -> t.startsWith("Connected: the server accepted")));

		List<Text> fields = PreferencePages.fields(page);
		Widgets.type(fields.get(1), "not the password");
		Widgets.click(page, "Test Connection");
		spinUntil("a wrong password is said plainly", () -> labels(page).stream()
				.anyMatch(t -> t.toLowerCase(Locale.ROOT).contains("password")));
		Widgets.click(page, "Cancel");
		assertTrue(client().connectionStatus().isConnected(), "testing changes nothing of the session");
	}

	private static List<String> labels(Shell shell) {
		return Widgets.all(shell, Label.class).stream().map(Label::getText).toList();
	}

	private boolean autoReplied() {
		return peer.messages.stream().anyMatch(m -> m.message().body().startsWith("Focusing until"));
	}

	private static int composing() {
		return (int) peer.states.stream().filter(s -> s.state() == ChatState.COMPOSING && s.from().jid() != null
				&& s.from().jid().equals(workbench.me())).count();
	}

	private static PresenceWire seen() {
		var last = peer.lastPresenceOf(workbench.me());
		return last == null ? PresenceWire.standard(XmppShow.UNAVAILABLE, "")
				: last.wire();
	}

	private static TactClient client() {
		return TactRuntime.get().client();
	}
}
