package dev.tact.ui.tests;

import static dev.tact.ui.tests.fixture.SignedInWorkbench.spinUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.ChatState;
import dev.tact.core.chat.Occupant;
import dev.tact.core.port.ConsentAsk;
import dev.tact.core.port.InvitationProgress;
import dev.tact.core.port.InvitationProgress.Step;
import dev.tact.core.port.RoomInvitation;
import dev.tact.core.presence.PresenceState;
import dev.tact.core.presence.ResetAfter;
import dev.tact.ui.internal.TactStartup;
import dev.tact.ui.internal.chat.ChatEditor;
import dev.tact.ui.internal.chat.ChatEditors;
import dev.tact.ui.internal.chat.ChatKeys;
import dev.tact.ui.internal.chat.EtiquettePreferences;
import dev.tact.ui.internal.chat.InviteProgressDialog;
import dev.tact.core.client.ContactsTree;
import dev.tact.ui.internal.contacts.ContactsView;
import dev.tact.ui.internal.rooms.GroupChatActions;
import dev.tact.ui.internal.runtime.TactRuntime;
import dev.tact.ui.tests.fixture.ChatScreen;
import dev.tact.ui.tests.fixture.DisplayLoop;
import dev.tact.ui.tests.fixture.Ide;
import dev.tact.ui.tests.fixture.Menus;
import dev.tact.ui.tests.fixture.Notifications;
import dev.tact.ui.tests.fixture.Peer;
import dev.tact.ui.tests.fixture.PreferencePages;
import dev.tact.ui.tests.fixture.Screenshots;
import dev.tact.ui.tests.fixture.SignedInWorkbench;
import dev.tact.ui.tests.fixture.Widgets;

/**
 * Group chats in the real workbench against a real Prosody with real peers: started from the Contacts view about a
 * topic, people invited into a running room only after the others were asked, questions from the others answered,
 * invitations accepted from the Contacts view, and the participant list following who is there.
 */
class GroupChatUiTest {

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
	void closeEditorsAndDialogs() {
		for (Shell shell : Display.getCurrent().getShells()) {
			if (shell != Ide.shell() && shell.getText().startsWith("Invite")) {
				shell.close();
			}
		}
		page().closeAllEditors(false);
		DisplayLoop.drain();
	}

	@Test
	void startingAGroupChatFromTheContactsViewInvitesEveryoneWithTheTopicAndOpensTheRoom() throws Exception {
		Peer dana = workbench.peer("dana");
		Peer lee = workbench.peer("lee");
		workbench.befriend(dana, "Team");
		workbench.befriend(lee, "Team");
		ContactsView view = showContacts();
		spinUntil("both in the view", () -> row(view, dana) != null && row(view, lee) != null);
		view.viewer().setSelection(new StructuredSelection(List.of(row(view, dana).getData(), row(view, lee).getData())));

		answerNextInput("Start Group Chat", "Release 2.1 go/no-go");
		Menus.choose(Menus.contextMenu(view.viewer().getTree()), "Start Group Chat\u2026");

		spinUntil("the room editor opens", () -> activeRoomEditor() != null);
		SignedInWorkbench.activateWindow(); // the topic dialog had the focus; the user is back in the window
		ChatEditor editor = activeRoomEditor();
		BareJid room = (BareJid) ChatScreen.peerOf(editor);
		spinUntil("both are invited", () -> dana.invitations.size() == 1 && lee.invitations.size() == 1);
		assertEquals(room, dana.invitations.get(0).room());
		assertEquals("Release 2.1 go/no-go", dana.invitations.get(0).reason(), "the topic comes first");
		assertEquals(workbench.me(), dana.invitations.get(0).from());
		assertEquals("Release 2.1 go/no-go", editor.getPartName());

		dana.enter(room);
		spinUntil("dana in the participant list", () -> ChatScreen.of(editor).participants().stream()
				.anyMatch(line -> line.startsWith(dana.jid().local())));
		dana.sayInRoom(room, "I have two blockers left");
		spinUntil("dana's message in the transcript", () -> ChatScreen.of(editor).transcriptText().contains("two blockers"));
		dana.ports().groupChat().sendChatState(room, ChatState.COMPOSING);
		spinUntil("we see dana typing", () -> ChatScreen.of(editor).typingText().contains(dana.jid().local()));

		ChatScreen.of(editor).input().setText("Let's go through them");
		spinUntil("dana sees us typing", () -> dana.states.stream().anyMatch(s -> s.conversation().equals(room)
				&& s.state() == ChatState.COMPOSING && s.from().nick().equals(workbench.me().local())));
		Event enter = new Event();
		enter.keyCode = SWT.CR;
		enter.character = SWT.CR;
		ChatScreen.of(editor).input().notifyListeners(SWT.KeyDown, enter);
		spinUntil("dana hears us", () -> dana.roomMessages.stream().anyMatch(m -> m.message().body().equals("Let's go through them")));
		assertTrue(ChatScreen.of(editor).participants().stream().anyMatch(line -> line.endsWith("(you) \u2014 moderator")),
				ChatScreen.of(editor).participants().toString());
		Screenshots.take("group-chat");

		ChatEditor other = ChatEditors.open(page(), lee.jid(), "Lee"); // hides the room
		dana.sayInRoom(room, "Blocker one is the flaky UI test");
		spinUntil("the room's row counts the new message", () -> roomRow(view, room) != null
				&& ((ContactsTree.Room) roomRow(view, room).getData()).unseen() == 1);
		page().activate(editor);
		spinUntil("seen once shown", () -> ((ContactsTree.Room) roomRow(view, room).getData()).unseen() == 0);
		page().closeEditor(other, false);
	}

	@Test
	void invitingIntoARunningRoomAsksTheOthersAndAnObjectionKeepsTheInviteeOut() throws Exception {
		Peer dana = workbench.peer("dana");
		Peer kim = workbench.peer("kim");
		workbench.befriend(kim, "Team");
		BareJid room = startedRoomWith(dana, "Design review");
		ContactsView view = showContacts();
		spinUntil("kim in the view", () -> row(view, kim) != null);
		view.viewer().setSelection(new StructuredSelection(row(view, kim).getData()));
		Menus.choose(Menus.contextMenu(view.viewer().getTree()), "Invite to Group Chat", "Design review");

		spinUntil("dana is asked", () -> !dana.questions.isEmpty());
		ConsentAsk ask = dana.questions.get(0);
		assertEquals(kim.jid(), ask.invitee());
		InviteProgressDialog dialog = openInviteDialog();
		spinUntil("the dialog counts down", () -> inviteStatus(dialog).contains("unless someone objects"));
		Screenshots.take("invite-consent");

		dana.ports().groupChat().object(ask).get(10, TimeUnit.SECONDS);

		spinUntil("the dialog tells", () -> inviteStatus(dialog).contains("objected"));
		spinUntil("the dialog says who objected", () -> dialog.getShell() != null && Widgets.all(dialog.getShell(),
				Label.class).stream().anyMatch(l -> l.getText().contains("objected")));
		assertTrue(inviteStatus(dialog).contains("\n" + dana.jid().local() + " objected"), inviteStatus(dialog));
		assertTrue(kim.invitations.isEmpty(), "kim was not invited");
	}

	@Test
	void withAskingTheRoomTurnedOffAnInvitationGoesOutAtOnceAndTheDialogSaysWhy() throws Exception {
		Peer dana = workbench.peer("dana");
		Peer lou = workbench.peer("lou");
		workbench.befriend(lou, "Team");
		BareJid room = startedRoomWith(dana, "Hotfix");
		PreferencePages.change(PreferencePages.ETIQUETTE, "Ask the room before inviting someone", false);
		try {
			ContactsView view = showContacts();
			spinUntil("lou in the view", () -> row(view, lou) != null);
			view.viewer().setSelection(new StructuredSelection(row(view, lou).getData()));
			Menus.choose(Menus.contextMenu(view.viewer().getTree()), "Invite to Group Chat", "Hotfix");

			spinUntil("lou is invited at once", () -> lou.invitations.stream().anyMatch(i -> i.room().equals(room)));
			assertTrue(dana.questions.isEmpty(), "the room was not asked");
			InviteProgressDialog dialog = openInviteDialog();
			assertTrue(inviteStatus(dialog).contains("Asking the room first is turned off"), inviteStatus(dialog));
		} finally {
			EtiquettePreferences.store(Set.of());
		}
	}

	@Test
	void aQuestionFromTheOthersShowsAboveTheInputAndObjectingStopsTheirInvitation() throws Exception {
		Peer dana = workbench.peer("dana");
		BareJid room = startedRoomWith(dana, "Incident follow-up");
		ChatEditor editor = activeRoomEditor();
		BareJid outsider = BareJid.parse("sam@" + workbench.server().domain());
		List<InvitationProgress> danaSees = new CopyOnWriteArrayList<>();

		dana.ports().groupChat().inviteWithConsent(room, outsider, "", Duration.ofSeconds(30), danaSees::add);

		spinUntil("the question shows", () -> !ChatScreen.of(editor).questions().isEmpty());
		assertTrue(ChatScreen.of(editor).questions().get(0).contains("OK to add " + outsider),
				ChatScreen.of(editor).questions().toString());
		Screenshots.take("group-chat-question");
		ChatScreen.of(editor).answerFirstQuestion("Object");

		spinUntil("dana's round ends", () -> danaSees.stream().anyMatch(InvitationProgress::isFinal));
		assertEquals(Step.OBJECTED, danaSees.get(danaSees.size() - 1).step());
		spinUntil("the question is answered", () -> ChatScreen.of(editor).questions().isEmpty());
	}

	@Test
	void anInvitationWaitsInTheContactsViewAndJoiningOpensTheRoomWithEveryoneListed() throws Exception {
		Peer dana = workbench.peer("dana");
		workbench.befriend(dana, "Team"); // a stranger's invitation would wait silently (a badge only)
		BareJid room = dana.ports().groupChat().newRoomAddress().get(10, TimeUnit.SECONDS);
		dana.ports().groupChat().create(room, dana.jid().local()).get(10, TimeUnit.SECONDS);
		dana.ports().groupChat().invite(room, workbench.me(), "Pairing on the parser").get(10, TimeUnit.SECONDS);
		ContactsView view = showContacts();
		spinUntil("a popup tells, naming the contact", () -> Notifications
				.containing(dana.jid().local() + " invites you to a group chat").isPresent());

		spinUntil("the invitation in the view", () -> invitationRow(view, room) != null);
		view.viewer().setSelection(new StructuredSelection(invitationRow(view, room).getData()));
		Menus.choose(Menus.contextMenu(view.viewer().getTree()), "Join");

		spinUntil("the room editor opens", () -> activeRoomEditor() != null && ChatScreen.peerOf(activeRoomEditor()).equals(room));
		ChatEditor editor = activeRoomEditor();
		spinUntil("both listed", () -> ChatScreen.of(editor).participants().size() == 2);
		assertTrue(ChatScreen.of(editor).participants().get(0).startsWith(dana.jid().local() + " \u2014 moderator"),
				ChatScreen.of(editor).participants().toString());
		spinUntil("the room listed under Group Chats", () -> roomRow(view, room) != null);
		assertTrue(!TactRuntime.get().client().contacts().recent().contains(room), "an invitation is not a chat with the room");
		assertTrue(TactRuntime.get().client().conversations().with(room).last(50).messages().stream()
				.noneMatch(m -> m.body().contains("invited you")), "the server's invitation text is not a room message");

		page().closeEditor(editor, false);

		spinUntil("dana sees us leave", () -> dana.leftRooms.contains(workbench.me().local()));
		assertTrue(!TactRuntime.get().client().groupChats().isRoom(room), "closing the editor left the room");
	}

	@Test
	void appearingOfflineLeavesTheRoomSaysWhyAndEntersItAgainOnceVisible() throws Exception {
		Peer dana = workbench.peer("dana");
		workbench.befriend(dana, "Team");
		BareJid room = startedRoomWith(dana, "Hiding test");
		Label count = Widgets.require(Ide.shell(), ChatKeys.ROOM_COUNT, Label.class);
		String me = TactRuntime.get().client().groupChats().nick(room);
		try {
			TactRuntime.get().client().choosePresence(PresenceState.APPEAR_OFFLINE, ResetAfter.NEVER);

			spinUntil("dana sees us leave", () -> dana.leftRooms.contains(me));
			spinUntil("the room says why we are out", () -> count.getText().startsWith("You appear offline"));
			assertTrue(TactRuntime.get().client().groupChats().isRoom(room), "the room is kept");

			TactRuntime.get().client().choosePresence(PresenceState.AVAILABLE, ResetAfter.NEVER);

			spinUntil("back in the room", () -> TactRuntime.get().client().groupChats().isJoined(room)
					&& count.getText().endsWith(" here"));
		} finally {
			TactRuntime.get().client().resetPresenceToAutomatic();
		}
	}

	@Test
	void anInvitationsReasonShowsAsOnePlainShortLineWhateverItHolds() throws Exception {
		Peer dana = workbench.peer("dana");
		workbench.befriend(dana, "Team");
		BareJid room = dana.ports().groupChat().newRoomAddress().get(10, TimeUnit.SECONDS);
		dana.ports().groupChat().create(room, dana.jid().local()).get(10, TimeUnit.SECONDS);
		String hostile = "\u202ERelease\u202C plan\u2066\nsecond line " + "x".repeat(5_000);
		dana.ports().groupChat().invite(room, workbench.me(), hostile).get(10, TimeUnit.SECONDS);
		ContactsView view = showContacts();

		spinUntil("the invitation in the view", () -> invitationRow(view, room) != null);
		String row = invitationRow(view, room).getText();
		assertTrue(row.startsWith("Release plan"), row);
		assertFalse(row.contains("\u202E") || row.contains("\u2066") || row.contains("\n") || row.contains("second line"), row);
		assertTrue(row.length() < 300, "one short line, not 5,000 characters: " + row.length());
		TactRuntime.get().client().groupChats().decline(room);
	}

	/** A room we started with {@code peer} in it, its editor open and active. */
	private static BareJid startedRoomWith(Peer peer, String topic) throws Exception {
		BareJid room = TactRuntime.get().client().groupChats().start(List.of(peer.jid()), topic).get(10, TimeUnit.SECONDS);
		spinUntil("the peer is invited", () -> peer.invitations.stream().map(RoomInvitation::room).anyMatch(room::equals));
		peer.enter(room);
		spinUntil("the peer is in", () -> TactRuntime.get().client().groupChats().occupants(room).stream()
				.map(Occupant::nick).anyMatch(peer.jid().local()::equals));
		GroupChatActions.open(page(), room);
		DisplayLoop.drain();
		assertNotNull(activeRoomEditor());
		return room;
	}

	private static ContactsView showContacts() throws Exception {
		return (ContactsView) page().showView(ContactsView.ID);
	}

	private static ChatEditor activeRoomEditor() {
		IEditorPart editor = page().getActiveEditor();
		return editor instanceof ChatEditor chat && ChatScreen.of(chat).isRoom() ? chat : null;
	}

	/** What the invitation dialog says about the round, as the user reads it. */
	private static String inviteStatus(InviteProgressDialog dialog) {
		return Widgets.all(dialog.getShell(), Label.class).stream()
				.map(Label::getText).reduce("", (a, b) -> a + "\n" + b);
	}

	private static InviteProgressDialog openInviteDialog() {
		for (Shell shell : Display.getCurrent().getShells()) {
			if (shell.getData() instanceof InviteProgressDialog dialog) {
				return dialog;
			}
		}
		throw new AssertionError("no invitation dialog open");
	}

	/** Fills the next input dialog titled {@code title} with {@code text} and presses OK, once it opens. */
	private static void answerNextInput(String title, String text) {
		Display display = Display.getCurrent();
		Instant until = Instant.now().plusSeconds(20);
		Runnable[] attempt = new Runnable[1];
		attempt[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (title.equals(shell.getText())) {
					find(shell, Text.class).get(0).setText(text);
					Button ok = find(shell, Button.class).stream().filter(b -> "OK".equals(b.getText())).findFirst().orElseThrow();
					ok.notifyListeners(SWT.Selection, new Event());
					return;
				}
			}
			if (Instant.now().isBefore(until)) {
				display.timerExec(50, attempt[0]);
			}
		};
		display.timerExec(50, attempt[0]);
	}

	private static <T extends Control> List<T> find(Control root, Class<T> type) {
		List<T> found = new ArrayList<>();
		if (type.isInstance(root)) {
			found.add(type.cast(root));
		}
		if (root instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				found.addAll(find(child, type));
			}
		}
		return found;
	}

	private static TreeItem row(ContactsView view, Peer peer) {
		return findRow(view, data -> data instanceof ContactsTree.Person person && person.contact().jid().equals(peer.jid())
				&& !person.group().equals(ContactsTree.RECENT));
	}

	private static TreeItem invitationRow(ContactsView view, BareJid room) {
		return findRow(view, data -> data instanceof ContactsTree.Invitation row && row.invitation().room().equals(room));
	}

	private static TreeItem roomRow(ContactsView view, BareJid room) {
		return findRow(view, data -> data instanceof ContactsTree.Room row && row.room().equals(room));
	}

	private static TreeItem findRow(ContactsView view, Predicate<Object> matches) {
		for (TreeItem group : view.viewer().getTree().getItems()) {
			for (TreeItem item : group.getItems()) {
				if (matches.test(item.getData())) {
					return item;
				}
			}
		}
		return null;
	}

	private static IWorkbenchPage page() {
		return Ide.page();
	}
}
