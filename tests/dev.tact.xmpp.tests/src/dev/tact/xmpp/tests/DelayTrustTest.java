package dev.tact.xmpp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Date;

import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.delay.packet.DelayInformation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jxmpp.jid.impl.JidCreate;

import dev.tact.core.port.IncomingMessageEvent;
import dev.tact.core.port.MessageSource;
import dev.tact.tests.harness.ServerKind;
import dev.tact.tests.harness.TestAccount;
import dev.tact.tests.harness.XmppServerExtension;
import dev.tact.tests.harness.XmppTestServer;
import dev.tact.xmpp.internal.XmppAccountSession;

/**
 * A delay stamp says "this is old": believed from our own server (what it kept while we were offline), never from the
 * sender, who could backdate a message or pass a live one off as backlog to slip past alerts.
 */
@ExtendWith(XmppServerExtension.class)
class DelayTrustTest {

	private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

	@Test
	void aStampThePeerAddedIsIgnoredAndTheServersOwnIsBelieved(XmppTestServer server) throws Exception {
		TestAccount aliceAccount = server.newAccount("alice");
		TestAccount malloryAccount = server.newAccount("mallory");
		XMPPTCPConnection mallory = Accounts.standardClient(server, malloryAccount, "x");
		try {
			// Written while alice is signed out: the server keeps it, stamped by itself.
			mallory.sendStanza(chat(mallory, aliceAccount.jid(), "kept for you while you were away", null));
			// Kept too, but with a stamp of the sender's own that names the server: the server's comes after it.
			mallory.sendStanza(chat(mallory, aliceAccount.jid(), "kept, and backdated in the server's name",
					new DelayInformation(Date.from(LONG_AGO), server.domain(), null)));
			Accounts.roundTrip(mallory); // the server has stored it by now
			Instant beforeSignIn = Instant.now();
			try (XmppAccountSession alice = Accounts.connected(server, aliceAccount)) {
				Inbox inbox = Inbox.of(alice, Accounts.jid(malloryAccount));
				Accounts.online(alice);
				IncomingMessageEvent kept = inbox.awaitMessage("the kept message",
						e -> e.message().body().equals("kept for you while you were away"));
				assertEquals(MessageSource.OFFLINE_STORAGE, kept.source(), "the server's own stamp is believed");
				assertTrue(!kept.message().timestamp().isAfter(beforeSignIn), "stamped when it was written, not on arrival: "
						+ kept.message().timestamp() + " vs sign-in at " + beforeSignIn);
				IncomingMessageEvent keptForged = inbox.awaitMessage("the kept message with a forged stamp",
						e -> e.message().body().equals("kept, and backdated in the server's name"));
				assertEquals(MessageSource.OFFLINE_STORAGE, keptForged.source());
				if (server.kind() == ServerKind.PROSODY) {
					// Prosody adds its own stamp after the sender's; ejabberd keeps a stamp that names it, so there the
					// sender's date stands (see SECURITY.md): on both, only a message that was really kept is backlog.
					assertTrue(keptForged.message().timestamp().isAfter(LONG_AGO.plusSeconds(86_400 * 365)),
							"the server's own stamp, not the sender's 2020: " + keptForged.message().timestamp());
				}

				Instant sent = Instant.now();
				mallory.sendStanza(chat(mallory, aliceAccount.jid(), "backdated", new DelayInformation(Date.from(LONG_AGO),
						malloryAccount.jid(), null)));
				IncomingMessageEvent forged = inbox.awaitMessage("the backdated message",
						e -> e.message().body().equals("backdated"));
				assertEquals(MessageSource.LIVE, forged.source(), "a stamp from the sender is not backlog");
				assertTrue(!forged.message().timestamp().isBefore(sent.minusSeconds(5)),
						"shown when it arrived, not in 2020: " + forged.message().timestamp());

				// The stamp's "from" is the sender's to write too: one that names our server is no better.
				mallory.sendStanza(chat(mallory, aliceAccount.jid(), "backdated in the server's name",
						new DelayInformation(Date.from(LONG_AGO), server.domain(), null)));
				IncomingMessageEvent posing = inbox.awaitMessage("the message posing as kept",
						e -> e.message().body().equals("backdated in the server's name"));
				assertEquals(MessageSource.LIVE, posing.source(), "only what the server hands over after sign-in is backlog");
				assertTrue(!posing.message().timestamp().isBefore(sent.minusSeconds(5)),
						"shown when it arrived, not in 2020: " + posing.message().timestamp());
			}
		} finally {
			mallory.disconnect();
		}
	}

	private static Message chat(XMPPTCPConnection from, String to, String body, DelayInformation delay) throws Exception {
		var builder = from.getStanzaFactory().buildMessageStanza().to(JidCreate.entityBareFrom(to)).ofType(Message.Type.chat)
				.setBody(body);
		if (delay != null) {
			builder.addExtension(delay);
		}
		return builder.build();
	}
}
