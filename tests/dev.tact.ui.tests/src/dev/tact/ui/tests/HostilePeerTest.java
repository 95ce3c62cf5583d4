package dev.tact.ui.tests;

import static dev.tact.ui.tests.fixture.SignedInWorkbench.spinUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Date;

import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smackx.attention.packet.AttentionExtension;
import org.jivesoftware.smackx.delay.packet.DelayInformation;
import org.jivesoftware.smackx.muc.packet.MUCUser;
import org.jivesoftware.smackx.receipts.DeliveryReceipt;
import org.jivesoftware.smackx.receipts.DeliveryReceiptRequest;
import org.jxmpp.jid.impl.JidCreate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.tact.core.address.BareJid;
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
