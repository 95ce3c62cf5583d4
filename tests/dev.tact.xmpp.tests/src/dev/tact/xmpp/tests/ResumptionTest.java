package dev.tact.xmpp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.tact.core.chat.OutgoingMessage;
import dev.tact.core.port.ConnectionState;
import dev.tact.core.port.ConnectionStatus;
import dev.tact.tests.harness.Await;
import dev.tact.tests.harness.XmppServerExtension;
import dev.tact.tests.harness.XmppTestServer;
import dev.tact.xmpp.internal.XmppAccountSession;

/** A short network drop that the server survives: the stream is resumed (XEP-0198) and nothing is lost or doubled. */
@ExtendWith(XmppServerExtension.class)
class ResumptionTest {

	@Test
	void shortDropResumesTheStreamAndDeliversWhatWasSentMeanwhile(XmppTestServer server) throws Exception {
		try (XmppAccountSession alice = Accounts.connected(server, server.newAccount("alice"));
				XmppAccountSession bob = Accounts.connected(server, server.newAccount("bob"))) {
			Inbox aliceInbox = Inbox.of(alice, bob.account());
			Inbox bobInbox = Inbox.of(bob, alice.account());
			List<ConnectionStatus> aliceStates = new CopyOnWriteArrayList<>();
			alice.connection().addStatusListener(aliceStates::add);
			Accounts.online(alice);
			Accounts.online(bob);
			XMPPTCPConnection before = alice.smackConnection().orElseThrow();
			Await.until(Accounts.TIMEOUT, "stream management is on", before::isSmEnabled);

			cutTheWire(before);
			Await.until(Accounts.TIMEOUT, "alice notices the drop",
					() -> aliceStates.stream().anyMatch(s -> s.state() == ConnectionState.RECONNECTING));
			for (int i = 0; i < 10; i++) {
				bob.submit(OutgoingMessage.to(alice.account(), "to alice " + i, Instant.now()));
				alice.submit(OutgoingMessage.to(bob.account(), "to bob " + i, Instant.now()));
			}

			Await.until(Duration.ofSeconds(20), "alice is back", () -> alice.connection().status().isConnected());
			assertTrue(alice.smackConnection().orElseThrow().streamWasResumed(), "the stream was resumed, not restarted");
			Await.until(Accounts.TIMEOUT, "alice has bob's ten", () -> aliceInbox.conversation().size() == 10);
			Await.until(Accounts.TIMEOUT, "bob has alice's ten", () -> bobInbox.conversation().size() == 10);
			Await.until(Accounts.TIMEOUT, "alice's outbox drains", () -> alice.outbox().pending().isEmpty());
			assertEquals(10, aliceInbox.messages.size(), "no copies: a resumed stream resends nothing");
		}
	}

	/** Closes the client's socket under Smack, as a network drop would, while the server keeps the session. */
	private static void cutTheWire(XMPPTCPConnection connection) throws Exception {
		Field field = XMPPTCPConnection.class.getDeclaredField("socket");
		field.setAccessible(true);
		((Socket) field.get(connection)).close();
	}
}
