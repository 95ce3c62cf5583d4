package dev.tact.xmpp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.StanzaBuilder;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.carbons.CarbonManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jxmpp.jid.impl.JidCreate;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.ChatMessage;
import dev.tact.core.chat.ChatState;
import dev.tact.core.chat.DeliveryState;
import dev.tact.core.chat.Direction;
import dev.tact.core.chat.MessageId;
import dev.tact.core.chat.MessagePage;
import dev.tact.core.chat.OutgoingMessage;
import dev.tact.core.port.AccountSettings;
import dev.tact.core.port.ChatListener;
import dev.tact.core.port.ConnectionState;
import dev.tact.core.port.IncomingMessageEvent;
import dev.tact.core.port.MessageSource;
import dev.tact.tests.harness.Await;
import dev.tact.tests.harness.XmppServerExtension;
import dev.tact.tests.harness.XmppTestServer;
import dev.tact.tests.harness.TestAccount;
import dev.tact.xmpp.internal.XmppAccountSession;

/** One-to-one chat between two real accounts: ids, receipts, states, corrections, urgency, carbons, archive. */
@ExtendWith(XmppServerExtension.class)
class ChatTest {

	private TestAccount aliceAccount;
	private IdeClient ide;
	private XmppAccountSession alice;
	private XmppAccountSession bob;
	private Inbox aliceInbox;
	private Inbox bobInbox;

	@BeforeEach
	void logIn(XmppTestServer server) throws Exception {
		aliceAccount = server.newAccount("alice");
		ide = IdeClient.connected(server, aliceAccount);
		alice = ide.session();
		bob = Accounts.connected(server, server.newAccount("bob"));
		aliceInbox = Inbox.of(alice, bob.account());
		bobInbox = Inbox.of(bob, alice.account());
		Accounts.online(alice);
		Accounts.online(bob);
	}

	@AfterEach
	void logOut() {
		ide.close();
		bob.close();
	}

	@Test
	void messageKeepsItsOriginIdAndTheReceiptComesBack() {
		MessageId sent = ide.send(bob.account(), "Got a moment to discuss the release?");

		IncomingMessageEvent received = bobInbox.awaitMessage("bob receives it", e -> e.message().id().equals(sent));
		assertEquals(MessageSource.LIVE, received.source());
		assertEquals(alice.account(), received.conversation());
		assertEquals(Direction.INCOMING, received.message().direction());
		assertTrue(received.message().stanzaId() != null, "the server's archive id is kept");
		Await.until(Accounts.TIMEOUT, "alice gets a delivery receipt", () -> aliceInbox.receipts.stream()
				.anyMatch(r -> r.id().equals(sent) && r.state() == DeliveryState.DELIVERED));
		Await.until(Accounts.TIMEOUT, "alice's conversation shows it delivered",
				() -> ide.delivery(bob.account(), sent) == DeliveryState.DELIVERED);
		assertTrue(bobInbox.threads.stream().allMatch(name -> name.startsWith("tact-events-")),
				"events come on the session's event thread: " + bobInbox.threads);
	}

	@Test
	void aMessageWithoutAnIdFromAnotherClientStillShowsInTheConversation(XmppTestServer server) throws Exception {
		TestAccount carolAccount = server.newAccount("carol");
		XMPPTCPConnection carol = Accounts.standardClient(server, carolAccount, "terminal");
		try {
			// An id is only recommended on a message; a minimal client may leave it out.
			carol.sendStanza(StanzaBuilder.buildMessage().to(JidCreate.entityBareFrom(alice.account().toString()))
					.ofType(Message.Type.chat).setBody("no id on this one").build());

			BareJid from = Accounts.jid(carolAccount);
			Await.until(Accounts.TIMEOUT, "alice's client shows carol's message", () -> ide.client().conversations()
					.with(from).last(10).messages().stream().anyMatch(m -> m.body().equals("no id on this one")));
		} finally {
			carol.disconnect();
		}
	}

	@Test
	void chatStatesAndDisplayedMarkersReachThePeer() {
		alice.chat().sendChatState(bob.account(), ChatState.COMPOSING);
		Await.until(Accounts.TIMEOUT, "bob sees alice typing", () -> bobInbox.states.stream()
				.anyMatch(s -> s.state() == ChatState.COMPOSING && s.conversation().equals(alice.account())));

		MessageId id = MessageId.random();
		bob.chat().sendReceipt(alice.account(), id, DeliveryState.READ);
		Await.until(Accounts.TIMEOUT, "alice hears it was read",
				() -> aliceInbox.receipts.stream().anyMatch(r -> r.id().equals(id) && r.state() == DeliveryState.READ));
	}

	@Test
	void correctionReplacesTheOriginalAndUrgentCarriesAttention() {
		// The chat port's wire format; Tact itself does not send corrections yet, but shows those it receives.
		OutgoingMessage original = OutgoingMessage.to(bob.account(), "The build is gren", Instant.now());
		alice.chat().send(original);
		bobInbox.awaitMessage("the original arrives", e -> e.message().id().equals(original.id()));

		OutgoingMessage fix = new OutgoingMessage(MessageId.random(), bob.account(), "The build is green", Instant.now(), false,
				original.id(), true);
		alice.chat().send(fix);

		IncomingMessageEvent correction = bobInbox.awaitMessage("the correction arrives", e -> e.message().id().equals(fix.id()));
		assertEquals(original.id(), correction.replaces());
		assertTrue(correction.attention(), "urgent is an attention request");
		ChatMessage shown = bobInbox.conversation().find(original.id()).orElseThrow();
		assertEquals("The build is green", shown.body());
		assertTrue(shown.edited());
	}

	@Test
	void ourOtherClientGetsCarbonCopies(XmppTestServer server) throws Exception {
		XmppAccountSession laptop = Accounts.session(server, aliceAccount);
		try {
			Inbox laptopInbox = Inbox.of(laptop, bob.account());
			laptop.connection().connect(new AccountSettings(alice.account(), "laptop", server.host(), server.c2sPort(), false))
					.get(15, TimeUnit.SECONDS);
			Accounts.online(laptop);
			Accounts.roundTrip(laptop.smackConnection().orElseThrow());
			Await.until(Accounts.TIMEOUT, "carbons are enabled on the laptop", () -> CarbonManager
					.getInstanceFor(laptop.smackConnection().orElseThrow()).getCarbonsEnabled());

			MessageId sent = ide.send(bob.account(), "sent from the IDE");

			IncomingMessageEvent copy = laptopInbox.awaitMessage("the laptop sees what the IDE sent",
					e -> e.message().id().equals(sent));
			assertEquals(MessageSource.CARBON, copy.source());
			assertEquals(Direction.OUTGOING, copy.message().direction());
			assertEquals(bob.account(), copy.conversation());
		} finally {
			laptop.close();
		}
	}

	@Test
	void historyIsPagedFromTheArchive() throws Exception {
		for (int i = 1; i <= 5; i++) {
			ide.send(bob.account(), "line " + i);
		}
		Await.until(Accounts.TIMEOUT, "bob has all five", () -> bobInbox.conversation().size() == 5);

		MessagePage newest = alice.chat().history(bob.account(), null, 3).get(15, TimeUnit.SECONDS);
		assertEquals(List.of("line 3", "line 4", "line 5"), newest.messages().stream().map(ChatMessage::body).toList());
		assertTrue(newest.hasEarlier());
		assertTrue(newest.messages().stream().allMatch(ChatMessage::isOutgoing));

		MessagePage earlier = alice.chat().history(bob.account(), newest.messages().get(0).stanzaId(), 3).get(15, TimeUnit.SECONDS);
		assertEquals(List.of("line 1", "line 2"), earlier.messages().stream().map(ChatMessage::body).toList());
		assertFalse(earlier.hasEarlier());
	}

	@Test
	void pastedCodeWithCdataEndAndControlCharactersDoesNotBreakTheStream() throws Exception {
		String code = "String end = \"]]>\"; // <![CDATA[ a && b > c ]]>\n\tbell\u0007 nul\u0000 lone\ud800 pair\ud83d\ude42";
		MessageId sent = ide.send(bob.account(), code);

		IncomingMessageEvent received = bobInbox.awaitMessage("the code arrives", e -> e.message().id().equals(sent));
		assertEquals("String end = \"]]>\"; // <![CDATA[ a && b > c ]]>\n\tbell\ufffd nul\ufffd lone\ufffd pair\ud83d\ude42",
				received.message().body(), "markup intact; characters XML cannot carry replaced");
		Accounts.roundTrip(alice.smackConnection().orElseThrow());
		assertEquals(ConnectionState.CONNECTED, alice.connection().status().state());
	}

	@Test
	void slowListenerDoesNotStallTheConnection() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		bob.chat().addChatListener(new ChatListener() {
			@Override
			public void messageReceived(IncomingMessageEvent event) {
				try {
					release.await(30, TimeUnit.SECONDS);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
		});
		for (int i = 0; i < 20; i++) {
			ide.send(bob.account(), "msg " + i);
		}
		Accounts.roundTrip(bob.smackConnection().orElseThrow());
		assertTrue(bob.connection().status().isConnected(), "bob's connection still answers while a listener blocks");
		release.countDown();

		Await.until(Accounts.TIMEOUT, "all twenty arrive", () -> bobInbox.conversation().size() == 20);
		List<String> bodies = bobInbox.messages.stream().map(e -> e.message().body()).toList();
		for (int i = 0; i < 20; i++) {
			assertEquals("msg " + i, bodies.get(i), "in the order they were written");
		}
	}
}
