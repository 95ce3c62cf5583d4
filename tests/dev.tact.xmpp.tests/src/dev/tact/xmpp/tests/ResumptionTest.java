package dev.tact.xmpp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jivesoftware.smack.filter.StanzaTypeFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jxmpp.jid.impl.JidCreate;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.MessageId;
import dev.tact.core.port.ConnectionState;
import dev.tact.core.port.ConnectionStatus;
import dev.tact.tests.harness.Await;
import dev.tact.tests.harness.TestAccount;
import dev.tact.tests.harness.XmppServerExtension;
import dev.tact.tests.harness.XmppTestServer;

/**
 * A short network drop that the server survives: the stream is resumed (XEP-0198), and on the path the IDE takes
 * (core's outbox over the chat port) nothing is lost and nothing goes on the wire twice. The peer is a plain Smack
 * client that counts every copy it is handed, so a resend the receiver would quietly drop still shows.
 */
@ExtendWith(XmppServerExtension.class)
class ResumptionTest {

	@Test
	void resumedStreamCarriesEachMessageOnceAndDeliversWhatWasSentMeanwhile(XmppTestServer server) throws Exception {
		TestAccount bobAccount = server.newAccount("bob");
		BareJid bob = Accounts.jid(bobAccount);
		XMPPTCPConnection rawBob = Accounts.standardClient(server, bobAccount, "raw");
		Map<String, Integer> copiesAtBob = new ConcurrentHashMap<>();
		rawBob.addSyncStanzaListener(stanza -> {
			if (((Message) stanza).getBody() != null) {
				copiesAtBob.merge(stanza.getStanzaId(), 1, Integer::sum);
			}
		}, StanzaTypeFilter.MESSAGE);
		Accounts.roundTrip(rawBob);
		try (IdeClient alice = IdeClient.connected(server, server.newAccount("alice"))) {
			Inbox aliceInbox = Inbox.of(alice.session(), bob);
			List<ConnectionStatus> aliceStates = new CopyOnWriteArrayList<>();
			alice.session().connection().addStatusListener(aliceStates::add);
			Accounts.online(alice.session());
			XMPPTCPConnection before = alice.session().smackConnection().orElseThrow();
			Await.until(Accounts.TIMEOUT, "stream management is on", before::isSmEnabled);

			List<MessageId> sent = new ArrayList<>();
			for (int i = 0; i < 5; i++) {
				sent.add(alice.send(bob, "just before the drop " + i)); // on the stream, most not yet acknowledged
			}
			cutTheWire(before);
			Await.until(Accounts.TIMEOUT, "alice notices the drop",
					() -> aliceStates.stream().anyMatch(s -> s.state() == ConnectionState.RECONNECTING));
			for (int i = 0; i < 10; i++) {
				sent.add(alice.send(bob, "during the drop " + i));
				rawBob.sendStanza(rawBob.getStanzaFactory().buildMessageStanza().to(JidCreate.entityBareFrom(alice.account().toString()))
						.ofType(Message.Type.chat).setBody("to alice " + i).build());
			}

			Await.until(Duration.ofSeconds(20), "alice is back", () -> alice.session().connection().status().isConnected());
			assertTrue(alice.session().smackConnection().orElseThrow().streamWasResumed(),
					"the stream was resumed, not restarted");
			Await.until(Accounts.TIMEOUT, "alice has bob's ten", () -> aliceInbox.conversation().size() == 10);
			Await.until(Accounts.TIMEOUT, "bob has alice's fifteen", () -> copiesAtBob.size() == sent.size());
			Await.until(Accounts.TIMEOUT, "the server acknowledged all fifteen", () -> alice.pending(bob) == 0);
			// Whatever alice wrote before these round trips has reached bob by their end.
			Accounts.roundTrip(alice.session().smackConnection().orElseThrow());
			Accounts.roundTrip(rawBob);

			for (MessageId id : sent) {
				assertEquals(1, copiesAtBob.getOrDefault(id.value(), 0), id + " went on the wire exactly once");
			}
			assertEquals(10, aliceInbox.messages.size(), "alice got bob's messages once each");
		} finally {
			rawBob.disconnect();
		}
	}

	/** Closes the client's socket under Smack, as a network drop would, while the server keeps the session. */
	private static void cutTheWire(XMPPTCPConnection connection) throws Exception {
		Field field = XMPPTCPConnection.class.getDeclaredField("socket");
		field.setAccessible(true);
		((Socket) field.get(connection)).close();
	}
}
