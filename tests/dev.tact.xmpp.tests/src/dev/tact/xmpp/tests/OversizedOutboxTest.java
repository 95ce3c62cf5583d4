package dev.tact.xmpp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.tact.core.chat.DeliveryState;
import dev.tact.core.chat.MessageId;
import dev.tact.core.chat.OutgoingMessage;
import dev.tact.core.store.FileOutboxStorage;
import dev.tact.tests.harness.Await;
import dev.tact.tests.harness.TestAccount;
import dev.tact.tests.harness.XmppServerExtension;
import dev.tact.tests.harness.XmppTestServer;
import dev.tact.xmpp.internal.XmppAccountSession;

/**
 * A message the server will not carry (over its stanza size limit, which it answers by ending the stream) must not
 * jam the outbox: Tact refuses to write one, but one can still be there, from an older version or written while the
 * account was on a server with a higher limit. The server runs at its shipped limit.
 */
@ExtendWith(XmppServerExtension.class)
class OversizedOutboxTest {

	/** Over the 256 KiB both servers ship with. */
	private static final int OVER_THE_LIMIT = 300 * 1024;

	@Test
	void aMessageThatEndsTheStreamTwiceIsNotDeliveredAndWhatFollowsGoes(XmppTestServer server) throws Exception {
		TestAccount aliceAccount = server.newAccount("alice");
		XmppAccountSession bob = Accounts.connected(server, server.newAccount("bob"));
		FileOutboxStorage outbox = new FileOutboxStorage(Files.createTempDirectory("tact-outbox-"));
		OutgoingMessage oversized = OutgoingMessage.to(bob.account(), "x".repeat(OVER_THE_LIMIT), Instant.now());
		outbox.store(oversized);
		Inbox bobInbox = Inbox.of(bob, Accounts.jid(aliceAccount));
		Accounts.online(bob);

		try (IdeClient ide = IdeClient.connected(server, aliceAccount, outbox)) {
			Await.until(Duration.ofSeconds(90), "the message that ends the stream is given up",
					() -> ide.delivery(bob.account(), oversized.id()) == DeliveryState.NOT_DELIVERED);
			assertTrue(outbox.loadAll().isEmpty(), "it left the stored outbox too");

			Await.until(Duration.ofSeconds(60), "alice is connected again", () -> ide.client().connectionStatus().isConnected());
			MessageId after = ide.send(bob.account(), "written after it");
			bobInbox.awaitMessage("what follows reaches bob", e -> e.message().id().equals(after));
			Await.until(Accounts.TIMEOUT, "and is confirmed", () -> ide.delivery(bob.account(), after) == DeliveryState.SENT
					|| ide.delivery(bob.account(), after) == DeliveryState.DELIVERED);
			assertEquals(0, bobInbox.messages.stream().filter(e -> e.message().id().equals(oversized.id())).count(),
					"the oversized message never reached bob");
		} finally {
			bob.close();
		}
	}
}
