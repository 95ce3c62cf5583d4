package dev.tact.xmpp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.jivesoftware.smack.filter.StanzaIdFilter;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.Nonza;
import org.jivesoftware.smack.packet.UnparsedIQ;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.tact.core.address.BareJid;
import dev.tact.core.port.ConnectionState;
import dev.tact.tests.harness.RelaysLargeStanzas;
import dev.tact.tests.harness.Await;
import dev.tact.tests.harness.ServerKind;
import dev.tact.tests.harness.TestAccount;
import dev.tact.tests.harness.XmppServerExtension;
import dev.tact.tests.harness.XmppTestServer;
import dev.tact.xmpp.internal.XmppAccountSession;

/**
 * A directory reply nested 50,000 elements deep (1,000 on ejabberd) and a chat message nested deeper than the JDK
 * allows, sent by another account straight to our connection. The JDK's parser alone ends the whole stream at 100
 * levels (one stanza would disconnect us), and Smack's parsers recurse once per level; Tact's parser reads past what
 * lies deeper than 64 levels in a loop, so the reply is still parsed, the message's body still arrives, and the
 * connection stays up for what comes next. (50,000 and not more: Prosody 0.12 itself overflows its Lua stack copying
 * a stanza about 77,000 levels deep, and then it never reaches us.)
 */
@ExtendWith(XmppServerExtension.class)
@RelaysLargeStanzas // the attacker is the server itself, or one that relays anything
class DeepNestingTest {

	private static final int LEVELS = 50_000;
	/** ejabberd 23.01 drops every client's connection when it gets a stanza 10,000 deep; 1,000 it relays. */
	private static final int EJABBERD_LEVELS = 1_000;
	/**
	 * Prosody archives a chat message before it delivers it, and its serializer refuses anything much deeper than 120
	 * levels: 110 is what can reach us, past both the JDK's 100 and Tact's 64.
	 */
	private static final int MESSAGE_LEVELS = 110;

	@Test
	void deeplyNestedStanzasAreReadPastTheirDepthAndTheConnectionStaysUp(XmppTestServer server) throws Exception {
		TestAccount malloryAccount = server.newAccount("mallory");
		try (XmppAccountSession alice = Accounts.connected(server, server.newAccount("alice"))) {
			Accounts.online(alice);
			Inbox inbox = Inbox.of(alice, BareJid.parse(malloryAccount.jid()));
			AtomicReference<IQ> parsed = new AtomicReference<>();
			alice.smackConnection().orElseThrow().addAsyncStanzaListener(stanza -> parsed.set((IQ) stanza),
					new StanzaIdFilter("deep-1"));
			XMPPTCPConnection attacker = Accounts.standardClient(server, malloryAccount, "x");
			try {
				String to = alice.smackConnection().orElseThrow().getUser().toString();
				attacker.sendNonza(new Raw("<iq type='result' id='deep-1' to='" + to + "'><query xmlns='jabber:iq:search'>"
						+ "<a>".repeat(levels(server)) + "</a>".repeat(levels(server)) + "</query></iq>"));
				attacker.sendNonza(new Raw("<message type='chat' id='deep-2' to='" + to + "'><body>deep inside</body>"
						+ "<x xmlns='urn:example:deep'>" + "<a>".repeat(MESSAGE_LEVELS) + "</a>".repeat(MESSAGE_LEVELS) + "</x></message>"));
				attacker.sendStanza(attacker.getStanzaFactory().buildMessageStanza()
						.to(alice.smackConnection().orElseThrow().getUser()).ofType(Message.Type.chat).setBody("after").build());

				Await.until(Duration.ofSeconds(30), "the deep reply was parsed", () -> parsed.get() != null);
				inbox.awaitMessage("the deep message, its body read", e -> e.message().body().equals("deep inside"));
				inbox.awaitMessage("the next message arrives", e -> e.message().body().equals("after"));
			} finally {
				attacker.disconnect();
			}
			assertFalse(parsed.get() instanceof UnparsedIQ, "read by Tact's own search reader, not left unparsed");
			assertEquals("jabber:iq:search", parsed.get().getChildElementNamespace());
			Accounts.roundTrip(alice.smackConnection().orElseThrow());
			assertEquals(ConnectionState.CONNECTED, alice.connection().status().state());
		}
	}

	private static int levels(XmppTestServer server) {
		return server.kind() == ServerKind.EJABBERD ? EJABBERD_LEVELS : LEVELS;
	}

	/** Whatever XML the attacker likes, written to its stream as is. */
	private record Raw(String xml) implements Nonza {
		@Override
		public String getNamespace() {
			return "jabber:client";
		}

		@Override
		public String getElementName() {
			return "iq";
		}

		@Override
		public CharSequence toXML(XmlEnvironment environment) {
			return xml;
		}
	}
}
