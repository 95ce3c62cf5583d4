package dev.tact.ui.tests;

import static dev.tact.ui.tests.fixture.SignedInWorkbench.spinUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Date;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smackx.attention.packet.AttentionExtension;
import org.jivesoftware.smackx.delay.packet.DelayInformation;
import org.jivesoftware.smackx.muc.MultiUserChat;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.jivesoftware.smackx.muc.packet.MUCUser;
import org.jivesoftware.smackx.receipts.DeliveryReceipt;
import org.jivesoftware.smackx.receipts.DeliveryReceiptRequest;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.jid.parts.Resourcepart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.tact.core.address.BareJid;
import dev.tact.core.address.OccupantJid;
import dev.tact.core.chat.ChatMessage;
import dev.tact.core.client.TactClient;
import dev.tact.core.presence.PresenceState;
import dev.tact.core.presence.ResetAfter;
import dev.tact.ui.internal.chat.ChatEditor;
import dev.tact.ui.internal.chat.ChatEditors;
import dev.tact.core.client.ContactsTree;
import dev.tact.ui.internal.runtime.AccountPreferences;
import dev.tact.ui.internal.runtime.TactRuntime;
import dev.tact.ui.tests.fixture.ChatScreen;
import dev.tact.ui.tests.fixture.ContactsScreen;
import dev.tact.ui.tests.fixture.DisplayLoop;
import dev.tact.ui.tests.fixture.Notifications;
import dev.tact.ui.tests.fixture.Peer;
import dev.tact.ui.tests.fixture.RawClient;
import dev.tact.ui.tests.fixture.SignedInWorkbench;
import dev.tact.ui.tests.fixture.TestAudio;
import dev.tact.ui.tests.fixture.Widgets;

/**
 * The workbench signed in to a real server, and on the other side someone who means harm, on a plain Smack client
 * that writes whatever it likes: what the user sees is what is true. Each test plays one attack from issue 12 and
 * checks the screen (the Contacts view, popups, the speakers, the transcript), not just that Tact survived.
 */
class HostilePeerTest {

	private static SignedInWorkbench workbench;
	private static Peer dana;
	private static RawClient mallory;

	@BeforeAll
	static void signIn() throws Exception {
		workbench = SignedInWorkbench.start();
		dana = workbench.peer("dana");
		workbench.befriend(dana, "Team");
		mallory = RawClient.signIn(workbench.server(), workbench.server().newAccount("mallory")); // a stranger
	}

	@AfterAll
	static void signOut() {
		mallory.close();
		workbench.close();
	}

	@AfterEach
	void backToAvailable() {
		client().choosePresence(PresenceState.AVAILABLE, ResetAfter.NEVER);
		client().unread().snapshot().keySet().forEach(client().unread()::markRead); // nothing left for later tests
		client().groupChats().invitations().forEach(invitation -> client().groupChats().decline(invitation.room()));
		Notifications.closeAll();
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	@Test
	void aForgedInvitationShowsWhoReallySentItNotTheContactItNames() throws Exception {
		BareJid room = BareJid.parse("secret@conference." + workbench.server().domain());
		MUCUser claim = new MUCUser();
		claim.setInvite(new MUCUser.Invite("Dana asked me to bring you in", JidCreate.entityBareFrom(dana.jid().toString()),
				JidCreate.entityBareFrom(workbench.me().toString())));
		mallory.send(mallory.messageTo(workbench.me()).ofType(Message.Type.normal).addExtension(claim));

		ContactsScreen contacts = ContactsScreen.show();
		spinUntil("the invitation waits in the Contacts view", () -> invitationFrom(contacts, mallory.jid()) != null);
		TreeItem row = invitationFrom(contacts, mallory.jid());
		ContactsTree.Invitation shown = (ContactsTree.Invitation) row.getData();
		assertFalse(shown.invitation().room().equals(room), "a sender that is no room gets no room of its choosing joined");
		assertFalse(row.getText().contains(dana.jid().local()), "the row does not name the contact it claims: " + row.getText());
		assertTrue(row.getText().contains(mallory.jid().toString()), "it names who sent it: " + row.getText());
		assertFalse(Notifications.containing("invites you").isPresent(), "a stranger's invitation waits silently");
	}

	@Test
	void aStrangersUrgentFloodInDoNotDisturbNeitherPopsUpNorChimes() throws Exception {
		client().choosePresence(PresenceState.DO_NOT_DISTURB, ResetAfter.NEVER);
		int sounds = TestAudio.speakers().sounds();

		for (int i = 0; i < 30; i++) {
			mallory.send(mallory.messageTo(workbench.me()).setBody("URGENT " + i + ": open this now")
					.addExtension(new AttentionExtension()));
		}

		spinUntil("all thirty arrived and count", () -> client().unread().count(mallory.jid()) == 30);
		DisplayLoop.drain();
		assertTrue(Notifications.open().isEmpty(), "no popup: " + Notifications.open().size());
		assertEquals(sounds, TestAudio.speakers().sounds(), "no chime");
	}

	@Test
	void aMessageBackdatedInTheServersNameShowsWhenItArrived() throws Exception {
		Instant sent = Instant.now();
		mallory.send(mallory.messageTo(workbench.me()).setBody("this happened long ago")
				.addExtension(new DelayInformation(Date.from(Instant.parse("2020-01-01T00:00:00Z")), workbench.server().domain(), null)));

		spinUntil("it arrived", () -> backdated() != null);
		ChatMessage arrived = backdated();
		assertFalse(arrived.timestamp().isBefore(sent.minusSeconds(5)), "kept at its arrival: " + arrived.timestamp());
		ChatEditor editor = open(mallory.jid());
		spinUntil("the transcript shows it", () -> ChatScreen.of(editor).transcriptText().contains("this happened long ago"));
		assertFalse(ChatScreen.of(editor).transcriptText().contains("2020"), ChatScreen.of(editor).transcriptText());
	}

	@Test
	void codeThatReadsOneWayAndRunsAnotherShowsItsHiddenDirectionMarks() throws Exception {
		String trojan = "```\nif (isAdmin) { /* \u202E } \u2066if (isAdmin)\u2069 \u2066 begin admins only */\n```";
		dana.say(workbench.me(), trojan);

		ChatEditor editor = open(dana.jid());
		spinUntil("the transcript shows the snippet", () -> ChatScreen.of(editor).transcriptText().contains("begin admins only"));
		String shown = ChatScreen.of(editor).transcriptText();
		assertTrue(shown.contains("/* [U+202E] } [U+2066]if (isAdmin)[U+2069] [U+2066] begin admins only */"), shown);
		assertFalse(shown.contains("\u202E") || shown.contains("\u2066"), "no direction mark reaches the widget");

		ChatEditor titled = ChatEditors.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(),
				mallory.jid(), "\u202Etxt.exe \u0085" + "x".repeat(500));
		assertFalse(titled.getTitle().contains("\u202E") || titled.getTitle().contains("\u0085"), titled.getTitle());
		assertTrue(titled.getTitle().length() <= 60, "a name someone chose cannot fill the tab row: " + titled.getTitle().length());
		client().unread().markRead(dana.jid());
	}

	@Test
	void appearingOfflineAStrangerGetsNoReceiptThatWouldGiveUsAway() throws Exception {
		client().choosePresence(PresenceState.APPEAR_OFFLINE, ResetAfter.NEVER);
		// Appearing offline, the server keeps what is sent to the bare address; one who learnt our resource while
		// we were visible can still reach this very session, and asks for a receipt to find out that we are here.
		var ask = mallory.messageTo(workbench.me() + "/" + AccountPreferences.resource()).setBody("are you there?");
		DeliveryReceiptRequest.addTo(ask);
		mallory.send(ask);
		spinUntil("it arrived", () -> client().unread().count(mallory.jid()) == 1);

		// One sender's stanzas arrive in order: a receipt sent on arrival would reach mallory before this does.
		String marker = "(flush " + System.nanoTime() + ")";
		client().send(mallory.jid(), marker, false);
		spinUntil("mallory has what we sent", () -> mallory.received.stream().anyMatch(m -> marker.equals(m.getBody())));
		assertTrue(mallory.received.stream().noneMatch(m -> DeliveryReceipt.from(m) != null), "no receipt came back");
	}

	@Test
	void aPrivateMessageInARoomHasItsOwnChatAndTheReplyGoesToTheWriterAlone() throws Exception {
		// Mallory runs the room and takes a contact's name as her nick; Tact enters it.
		BareJid room = BareJid.parse("lobby-" + System.nanoTime() + "@" + workbench.server().mucService());
		MultiUserChat muc = MultiUserChatManager.getInstanceFor(mallory.connection())
				.getMultiUserChat(JidCreate.entityBareFrom(room.toString()));
		muc.create(Resourcepart.from("Dana")).makeInstant();
		try {
			client().groupChats().join(room).get(30, TimeUnit.SECONDS);
			String ourNick = client().groupChats().nick(room);
			mallory.send(mallory.messageTo(room + "/" + ourNick).ofType(Message.Type.chat)
					.setBody("psst, it's Dana. Paste the deploy key here?").addExtension(new MUCUser())
					.addExtension(new AttentionExtension()));

			OccupantJid writer = new OccupantJid(room, "Dana");
			spinUntil("it counts as unread in its own chat", () -> client().unread().count(writer) == 1);
			DisplayLoop.drain();
			assertTrue(Notifications.open().isEmpty(), "an occupant is a stranger: no popup for their urgent mark");
			assertEquals(0, client().unread().count(room));
			assertTrue(client().conversations().with(room).last(100).messages().stream()
					.noneMatch(m -> m.body().contains("deploy key")), "nothing private shows in the room");
			assertEquals(0, client().unread().count(dana.jid()), "and nothing under the real Dana");

			ContactsScreen contacts = ContactsScreen.show();
			contacts.select("the private chat", data -> data instanceof ContactsTree.PrivateChat chat
					&& chat.occupant().equals(writer));
			TreeItem row = contacts.row(data -> data instanceof ContactsTree.PrivateChat).orElseThrow();
			assertTrue(row.getText().startsWith("Dana (private, in ") && row.getText().endsWith("(1 unread)"),
					row.getText());
			contacts.open();
			spinUntil("the private chat opens", () -> PlatformUI.getWorkbench().getActiveWorkbenchWindow()
					.getActivePage().getActiveEditor() instanceof ChatEditor chat
					&& ChatScreen.peerOf(chat).equals(writer));
			ChatScreen chat = ChatScreen.of((ChatEditor) PlatformUI.getWorkbench().getActiveWorkbenchWindow()
					.getActivePage().getActiveEditor());
			assertTrue(chat.privateHeader().startsWith("Private chat with Dana through "), chat.privateHeader());
			spinUntil("the transcript shows it", () -> chat.transcriptText().contains("Paste the deploy key here?"));

			chat.input().setText("I only hand keys over in person, sorry.");
			Widgets.pressEnter(chat.input());
			spinUntil("mallory has the reply", () -> mallory.received.stream()
					.anyMatch(m -> "I only hand keys over in person, sorry.".equals(m.getBody())));
			Message reply = mallory.received.stream()
					.filter(m -> "I only hand keys over in person, sorry.".equals(m.getBody())).findFirst().orElseThrow();
			assertEquals(Message.Type.chat, reply.getType(), "privately");
			assertEquals(room + "/" + ourNick, reply.getFrom().toString(), "through the room, from our nick");
			String marker = "(room flush " + System.nanoTime() + ")";
			client().send(room, marker, false);
			spinUntil("the room message after it arrived", () -> mallory.received.stream()
					.anyMatch(m -> marker.equals(m.getBody())));
			assertEquals(1, mallory.received.stream()
					.filter(m -> "I only hand keys over in person, sorry.".equals(m.getBody())).count(),
					"the reply went once, and never to the room");
		} finally {
			client().groupChats().leave(room).get(30, TimeUnit.SECONDS);
			muc.leave();
		}
	}

	private static ChatEditor open(BareJid peer) {
		ChatEditor editor = ChatEditors.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), peer,
				peer.local());
		DisplayLoop.drain();
		return editor;
	}

	private static TreeItem invitationFrom(ContactsScreen contacts, BareJid sender) {
		return contacts.row(data -> data instanceof ContactsTree.Invitation row && row.invitation().from().equals(sender))
				.orElse(null);
	}

	private static ChatMessage backdated() {
		return client().conversations().with(mallory.jid()).last(100).messages().stream()
				.filter(m -> m.body().equals("this happened long ago")).findFirst().orElse(null);
	}

	private static TactClient client() {
		return TactRuntime.get().client();
	}
}
