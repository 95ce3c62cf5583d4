package dev.tact.ui.tests;

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
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.tact.core.chat.ChatState;
import dev.tact.core.focus.FocusDigest;
import dev.tact.core.focus.FocusLength;
import dev.tact.core.focus.FocusStyle;
import dev.tact.core.port.PeerPresenceEvent;
import dev.tact.core.presence.ClaimSource;
import dev.tact.core.presence.PresenceState;
import dev.tact.core.presence.XmppShow;
import dev.tact.ui.internal.TactStartup;
import dev.tact.ui.internal.chat.ChatEditor;
import dev.tact.ui.internal.chat.ChatEditors;
import dev.tact.ui.internal.contacts.ContactsView;
import dev.tact.ui.internal.presence.PresenceStatusControl;
import dev.tact.ui.internal.runtime.TactRuntime;
import dev.tact.ui.tests.fixture.ChatScreen;
import dev.tact.ui.tests.fixture.Ide;
import dev.tact.ui.tests.fixture.Notifications;
import dev.tact.ui.tests.fixture.Peer;
import dev.tact.ui.tests.fixture.Screenshots;
import dev.tact.ui.tests.fixture.SignedInWorkbench;
import dev.tact.ui.tests.fixture.TestAudio;
import dev.tact.ui.tests.fixture.Widgets;

/** The workbench signed in to a real Prosody, with real peers: what a user sees and what others see of them. */
class SignedInUiTest {

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
	void backToAutomatic() {
		TactRuntime.get().client().resetPresenceToAutomatic();
		TactRuntime.get().client().focus().stop();
	}

	@Test
	void contactsViewShowsAPeersBusyStateWithTheirNote() throws Exception {
		Peer dana = workbench.peer("dana");
		workbench.befriend(dana, "Team");
		dana.show(PresenceState.BUSY, "reviewing the release");
		ContactsView view = (ContactsView) page().showView(ContactsView.ID);

		spinUntil("dana busy in the view", () -> rowText(view.viewer().getTree(), dana.jid().local()).contains("reviewing"));

		String row = rowText(view.viewer().getTree(), dana.jid().local());
		assertTrue(row.contains("Busy \u2014 reviewing the release"), row);
		Screenshots.take("contacts-view");
	}

	@Test
	void choosingDoNotDisturbInTheStatusBarReachesPeers() throws Exception {
		Peer lee = workbench.peer("lee");
		workbench.befriend(lee, "Team");
		spinUntil("lee sees me online", () -> lee.lastPresenceOf(workbench.me()) != null);
		CLabel label = WidgetFinder.find(page().getWorkbenchWindow().getShell(), PresenceStatusControl.ID, CLabel.class).orElseThrow();
		label.notifyListeners(SWT.MouseDown, new Event());
		Menu menu = (Menu) label.getData(PresenceStatusControl.OPEN_MENU);
		Screenshots.take("status-bar-menu");
		MenuItem dnd = Arrays.stream(menu.getItems()).filter(i -> i.getText().equals("Do Not Disturb")).findFirst().orElseThrow();
		long chosen = System.nanoTime();
		dnd.setSelection(true);
		dnd.notifyListeners(SWT.Selection, new Event());
		menu.setVisible(false);

		spinUntil("lee sees dnd", () -> {
			PeerPresenceEvent seen = lee.lastPresenceOf(workbench.me());
			return seen != null && seen.wire().show() == XmppShow.DND;
		});
		System.out.printf("status bar to peer: %.1f ms%n", (System.nanoTime() - chosen) / 1e6);
		assertEquals("Do not disturb", lee.lastPresenceOf(workbench.me()).wire().status());
	}

	@Test
	void typingInAChatShowsThePeerComposingThenPausedAndSendingOrClearingTheDraftEndsIt() throws Exception {
		Peer ann = workbench.peer("ann");
		workbench.befriend(ann, "Team");
		ChatEditor editor = ChatEditors.open(page(), ann.jid(), "Ann");

		Widgets.type(ChatScreen.of(editor).input(), "Got a moment to look at the build?");
		spinUntil("ann sees us composing", () -> lastStateFromMe(ann) == ChatState.COMPOSING);
		spinUntil("and paused once we stop typing", () -> lastStateFromMe(ann) == ChatState.PAUSED);

		Widgets.type(ChatScreen.of(editor).input(), "Got a moment to look at the build? It failed twice");
		spinUntil("composing again", () -> lastStateFromMe(ann) == ChatState.COMPOSING);
		Widgets.pressEnter(ChatScreen.of(editor).input());
		spinUntil("the message arrives and ends our typing", () -> !ann.messages.isEmpty()
				&& lastStateFromMe(ann) == ChatState.ACTIVE);

		Widgets.type(ChatScreen.of(editor).input(), "one more thing");
		spinUntil("composing", () -> lastStateFromMe(ann) == ChatState.COMPOSING);
		Widgets.type(ChatScreen.of(editor).input(), "");
		spinUntil("clearing the draft says active", () -> lastStateFromMe(ann) == ChatState.ACTIVE);
		page().closeAllEditors(false);
	}

	private static ChatState lastStateFromMe(Peer peer) {
		ChatState last = null;
		for (var state : peer.states) {
			if (state.from().jid() != null && state.from().jid().equals(workbench.me())) {
				last = state.state();
			}
		}
		return last;
	}

	@Test
	void messageFromAPeerPopsUpChimesAndLandsInTheConversation() throws Exception {
		Peer kim = workbench.peer("kim");
		workbench.befriend(kim, "Team");
		int sounds = TestAudio.speakers().sounds();

		kim.say(workbench.me(), "Got a moment to discuss the build?");

		spinUntil("popup shown", () -> Notifications.containing("Got a moment to discuss the build?").isPresent());
		spinUntil("the speakers play the chime", () -> TestAudio.speakers().sounds() == sounds + 1);
		assertEquals(1, TactRuntime.get().client().conversations().with(kim.jid()).size());
		Screenshots.take("notification");
	}

	@Test
	void aFloodOfMessagesShowsOneNotificationThatSumsItUp() throws Exception {
		Notifications.closeAll();
		Peer ned = workbench.peer("ned");
		Peer ola = workbench.peer("ola");
		workbench.befriend(ned, "Team");
		workbench.befriend(ola, "Team");

		for (int i = 1; i <= 3; i++) {
			ned.say(workbench.me(), "ned's ping " + i);
			ola.say(workbench.me(), "ola's ping " + i);
		}
		spinUntil("all six arrived", () -> TactRuntime.get().client().conversations().with(ned.jid()).size() == 3
				&& TactRuntime.get().client().conversations().with(ola.jid()).size() == 3);

		spinUntil("one notification summing them up", () -> Notifications.open().size() == 1
				&& Notifications.containing("6 new messages from 2 people").isPresent());
		Shell summary = Notifications.open().get(0);
		assertTrue(Notifications.words(summary).anyMatch(w -> w.contains("ola's ping 3")), "with the newest line");
		Notifications.click(summary, "open");
		spinUntil("the newest conversation opens", () -> page().getActiveEditor() != null
				&& ChatScreen.peerOf(page().getActiveEditor()).equals(ola.jid()));
		assertTrue(Notifications.open().isEmpty(), "and the notification goes");
		page().closeAllEditors(false);
	}

	@Test
	void duringAFocusSessionAMessageMakesNoPopupAndAppearsInTheDigest() throws Exception {
		Peer sam = workbench.peer("sam");
		workbench.befriend(sam, "Team");
		TactRuntime.get().client().focus().start(FocusLength.TWENTY_FIVE_MINUTES, FocusStyle.BUSY_FOCUSING);
		spinUntil("sam sees Focusing", () -> sam.lastPresenceOf(workbench.me()) != null
				&& "focusing".equals(sam.lastPresenceOf(workbench.me()).wire().tactState()));

		sam.say(workbench.me(), "Quick question about the outbox");
		// the unread count is kept by the alert router, which hears of a message after the focus digest recorded it
		spinUntil("message arrived and was alerted", () -> TactRuntime.get().client().unread().snapshot().getOrDefault(sam.jid(), 0) == 1);
		FocusDigest digest = TactRuntime.get().client().focus().stop().orElseThrow();

		assertFalse(Notifications.containing("Quick question about the outbox").isPresent(), "no popup during focus");
		assertEquals(sam.jid(), digest.senders().get(0).from());
		assertEquals("Quick question about the outbox", digest.senders().get(0).lines().get(0).firstLine());
	}

	@Test
	void someoneAddingMeShowsAsAnAddRequestAtTheTop() throws Exception {
		Peer ali = workbench.peer("ali");
		ali.ports().roster().add(workbench.me(), "Me", Set.of()).get(10, TimeUnit.SECONDS);
		ContactsView view = (ContactsView) page().showView(ContactsView.ID);

		spinUntil("request shown", () -> view.viewer().getTree().getItemCount() > 0
				&& view.viewer().getTree().getItem(0).getText().startsWith("Add Requests"));
		assertTrue(rowText(view.viewer().getTree(), ali.jid().local()).contains("wants to add you"));
	}

	@Test
	void aFileSharedFromTheChatIsUploadedAndThePeerCanFetchIt() throws Exception {
		Peer fay = workbench.peer("fay");
		workbench.befriend(fay, "Team");
		Path file = Files.createTempFile("build", ".log");
		Files.writeString(file, "BUILD SUCCESS in 41 s\n");
		ChatEditor editor = ChatEditors.open(page(), fay.jid(), "fay");

		editor.share(file);

		spinUntil("fay got a link", () -> fay.messages.stream().anyMatch(m -> m.message().body().contains("http://127.0.0.1")));
		String body = fay.messages.stream().map(m -> m.message().body()).filter(b -> b.contains("http://127.0.0.1"))
				.findFirst().orElseThrow();
		Matcher url = Pattern.compile("http://127\\.0\\.0\\.1\\S+").matcher(body);
		assertTrue(url.find(), body);
		HttpResponse<String> fetched = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create(url.group())).build(),
				HttpResponse.BodyHandlers.ofString());
		assertEquals("BUILD SUCCESS in 41 s\n", fetched.body());
		page().closeEditor(editor, false);
	}

	@Test
	void clickingOpenInANotificationOpensTheConversation() throws Exception {
		Peer gus = workbench.peer("gus");
		workbench.befriend(gus, "Team");
		gus.say(workbench.me(), "Can you look at the release notes?");
		spinUntil("popup shown", () -> Notifications.containing("Can you look at the release notes?").isPresent());
		Link[] open = new Link[1];
		spinUntil("popup's Open link", () -> (open[0] = openLink()) != null);

		Event click = new Event();
		click.text = "open";
		open[0].notifyListeners(SWT.Selection, click);

		spinUntil("chat with gus open", () -> Arrays.stream(page().getEditorReferences())
				.map(ref -> ref.getEditor(false))
				.anyMatch(e -> e instanceof ChatEditor chat && ChatScreen.peerOf(chat).equals(gus.jid())));
		assertEquals(0, TactRuntime.get().client().unread().snapshot().getOrDefault(gus.jid(), 0), "opening marks it read");
	}

	private static Link openLink() {
		for (Shell shell : Display.getCurrent().getShells()) {
			Link link = findLink(shell);
			if (link != null) {
				return link;
			}
		}
		return null;
	}

	private static Link findLink(Control control) {
		// the popup's Open link, beside the label that shows this message's first line
		if (control instanceof Link link && !link.isDisposed() && link.getText().contains("href=\"open\"")
				&& link.getParent() != null && Arrays.stream(link.getParent().getChildren())
						.anyMatch(c -> c instanceof Label l && l.getText().contains("Can you look"))) {
			return link;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Link found = findLink(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static IWorkbenchPage page() {
		return Ide.page();
	}

	private static String rowText(Tree tree, String needle) {
		for (TreeItem group : tree.getItems()) {
			group.setExpanded(true);
			for (TreeItem item : group.getItems()) {
				if (item.getText().contains(needle)) {
					return item.getText();
				}
			}
		}
		return "";
	}
}
