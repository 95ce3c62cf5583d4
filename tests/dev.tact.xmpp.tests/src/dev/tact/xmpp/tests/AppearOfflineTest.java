package dev.tact.xmpp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.filter.StanzaTypeFilter;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.chatstates.packet.ChatStateExtension;
import org.jivesoftware.smackx.disco.packet.DiscoverInfo;
import org.jivesoftware.smackx.iqlast.packet.LastActivity;
import org.jivesoftware.smackx.ping.packet.Ping;
import org.jivesoftware.smackx.receipts.DeliveryReceipt;
import org.jivesoftware.smackx.receipts.DeliveryReceiptRequest;
import org.jivesoftware.smackx.time.packet.Time;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jxmpp.jid.EntityFullJid;

import dev.tact.core.chat.ChatState;
import dev.tact.core.presence.PresenceWire;
import dev.tact.core.presence.XmppShow;
import dev.tact.tests.harness.Await;
import dev.tact.tests.harness.TestAccount;
import dev.tact.tests.harness.XmppServerExtension;
import dev.tact.tests.harness.XmppTestServer;
import dev.tact.xmpp.internal.XmppAccountSession;

/**
 * Appearing offline gives nothing away to someone who writes or asks anyway: no delivery receipt, no answer to a
 * stranger's ping or service discovery says a client is there;
 * and nobody, appearing offline or not, can ask Tact for the user's local time (their time zone) or idle time.
 * The other side is a plain Smack client that asks as any client could.
 */
@ExtendWith(XmppServerExtension.class)
class AppearOfflineTest {

	@Test
	void appearingOfflineSendsNoReceiptsAndNobodyLearnsOurTimeOrIdleness(XmppTestServer server) throws Exception {
		TestAccount bobAccount = server.newAccount("bob");
		XMPPTCPConnection bob = Accounts.standardClient(server, bobAccount, "raw");
		List<Message> atBob = new CopyOnWriteArrayList<>();
		bob.addSyncStanzaListener(stanza -> atBob.add((Message) stanza), StanzaTypeFilter.MESSAGE);
		try (XmppAccountSession alice = Accounts.connected(server, server.newAccount("alice"))) {
			Inbox aliceInbox = Inbox.of(alice, Accounts.jid(bobAccount));
			EntityFullJid aliceHere = alice.smackConnection().orElseThrow().getUser();
			alice.presence().publish(PresenceWire.standard(XmppShow.UNAVAILABLE, "")).get();

			sendAskingForAReceipt(bob, aliceHere, "are you there?");
			aliceInbox.awaitMessage("alice's client has it", e -> e.message().body().equals("are you there?"));
			// Sent after any receipt would have been, on the same stream: once bob has it, a receipt would be there.
			alice.chat().sendChatState(Accounts.jid(bobAccount), ChatState.ACTIVE);
			Await.until(Accounts.TIMEOUT, "bob has alice's chat state", () -> atBob.stream()
					.anyMatch(m -> m.hasExtension(ChatStateExtension.NAMESPACE)));
			assertEquals(0, receipts(atBob), "no receipt gives away a client that appears offline");
			assertThrows(XMPPException.XMPPErrorException.class, () -> bob.sendIqRequestAndWaitForResponse(new Ping(aliceHere)),
					"a stranger's ping is not answered");
			DiscoverInfo disco = DiscoverInfo.builder("disco").to(aliceHere).ofType(IQ.Type.get).build();
			assertThrows(XMPPException.XMPPErrorException.class, () -> bob.sendIqRequestAndWaitForResponse(disco),
					"nor what the client can do");

			alice.presence().publish(PresenceWire.standard(XmppShow.NONE, "")).get();
			sendAskingForAReceipt(bob, aliceHere, "and now?");
			Await.until(Accounts.TIMEOUT, "visible again, the receipt comes", () -> receipts(atBob) == 1);
			bob.sendIqRequestAndWaitForResponse(new Ping(aliceHere)); // and pings are answered again

			// Asked while visible, so that it is Tact that refuses, not the server on behalf of a hidden client; and
			// asked straight out, as a hostile client would, not after checking what Tact advertises.
			Time askTime = new Time();
			askTime.setTo(aliceHere);
			assertThrows(XMPPException.XMPPErrorException.class,
					() -> bob.sendIqRequestAndWaitForResponse(askTime), "no local time, so no time zone");
			assertThrows(XMPPException.XMPPErrorException.class,
					() -> bob.sendIqRequestAndWaitForResponse(new LastActivity(aliceHere)), "no idle time");
		} finally {
			bob.disconnect();
		}
	}

	private static void sendAskingForAReceipt(XMPPTCPConnection from, EntityFullJid to, String body) throws Exception {
		from.sendStanza(from.getStanzaFactory().buildMessageStanza().to(to).ofType(Message.Type.chat).setBody(body)
				.addExtension(new DeliveryReceiptRequest()).build());
	}

	private static long receipts(List<Message> messages) {
		return messages.stream().filter(m -> m.hasExtension(DeliveryReceipt.ELEMENT, DeliveryReceipt.NAMESPACE)).count();
	}
}
