package dev.tact.xmpp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.packet.StandardExtensionElement;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.BodyLimit;
import dev.tact.core.port.ConnectionState;
import dev.tact.core.presence.PeerPresenceInterpreter;
import dev.tact.tests.harness.RelaysLargeStanzas;
import dev.tact.tests.harness.Await;
import dev.tact.tests.harness.XmppServerExtension;
import dev.tact.tests.harness.XmppTestServer;
import dev.tact.tests.harness.TestAccount;
import dev.tact.xmpp.internal.XmppAccountSession;

/** Another account sends what it likes; nothing throws out of the bundle and the connection stays up. */
@ExtendWith(XmppServerExtension.class)
@RelaysLargeStanzas // the attacker is the server itself, or one that relays anything
class HostileInputTest {

	private static final List<String> BODIES = List.of(
			"x".repeat(1024 * 1024 - 8) + "\u00e9\ud83d\ude42end",
			"tab\there\r\nnew line \u007f del \u0085 nel \u009f c1",
			"\u202Etxt.exe\u202C and \u2066isolated\u2069 and \u200F rtl mark",
			// no "]]>" here: Smack 4.4, which the attacker uses, would write it unescaped and lose its own stream
			"<message><body>forged</body></message> &amp; <![CDATA[x <?xml version='1.0'?>",
			"\ud800\udc00 surrogate pair, \uFEFF bom, \uFFFD replacement");

	@Test
	void oddBodiesAndAPresenceFloodAreReadWithoutHarm(XmppTestServer server) throws Exception {
		List<LogRecord> problems = new CopyOnWriteArrayList<>();
		Handler watcher = new Handler() {
			@Override
			public void publish(LogRecord record) {
				if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
					problems.add(record);
				}
			}

			@Override
			public void flush() {
			}

			@Override
			public void close() {
			}
		};
		Logger tact = Logger.getLogger("dev.tact");
		tact.addHandler(watcher);
		TestAccount malloryAccount = server.newAccount("mallory");
		BareJid mallory = BareJid.parse(malloryAccount.jid());
		try (XmppAccountSession alice = Accounts.connected(server, server.newAccount("alice"))) {
			Inbox inbox = Inbox.of(alice, mallory);
			AtomicInteger presences = new AtomicInteger();
			PeerPresenceInterpreter interpreter = new PeerPresenceInterpreter();
			alice.presence().addPeerPresenceListener(event -> {
				if (event.from().bare().equals(mallory)) {
					interpreter.interpret(event.wire());
					presences.incrementAndGet();
				}
			});
			Accounts.online(alice);
			XMPPTCPConnection attacker = Accounts.standardClient(server, malloryAccount, "x");
			try {
				for (String body : BODIES) {
					attacker.sendStanza(attacker.getStanzaFactory().buildMessageStanza().to(alice.smackConnection().orElseThrow().getUser())
							.ofType(Message.Type.chat).setBody(body).build());
				}
				for (int i = 0; i < 1000; i++) {
					StandardExtensionElement forged = StandardExtensionElement.builder("tact", "urn:dev.tact:presence:0")
							.addAttribute("state", i % 2 == 0 ? "x".repeat(5000) : "busy")
							.addAttribute("until", i % 3 == 0 ? "9999999-99-99" : "2026-01-01T00:00:00Z").build();
					attacker.sendStanza(attacker.getStanzaFactory().buildPresenceStanza()
							.to(alice.smackConnection().orElseThrow().getUser())
							.setMode(Presence.Mode.values()[i % Presence.Mode.values().length])
							.setStatus("\u202E status " + i + " <b>&").addExtension(forged).build());
				}
				attacker.sendStanza(attacker.getStanzaFactory().buildMessageStanza().to(alice.smackConnection().orElseThrow().getUser())
						.ofType(Message.Type.chat).setBody("done").build());

				inbox.awaitMessage("the last message arrives after the flood", e -> e.message().body().equals("done"));
				Await.until(Duration.ofSeconds(30), "all 1000 presences are heard", () -> presences.get() == 1000);
			} finally {
				attacker.disconnect();
			}
			List<String> received = inbox.messages.stream().map(e -> e.message().body()).toList();
			assertEquals(BODIES.size() + 1, received.size());
			for (int i = 0; i < BODIES.size(); i++) {
				// XML turns CR LF into LF on the way (XML 1.0 §2.11); everything else arrives exactly as sent, but cut
				// to what Tact keeps of one message.
				assertEquals(BodyLimit.kept(BODIES.get(i).replace("\r\n", "\n")), received.get(i), "body " + i + " arrives as sent");
			}
			assertTrue(received.get(0).length() <= BodyLimit.KEPT_CHARACTERS && received.get(0).endsWith("not kept: no standard server carries a message this long]"),
					"the megabyte is kept to its first 256 KB, and says so");
			Accounts.roundTrip(alice.smackConnection().orElseThrow());
			assertEquals(ConnectionState.CONNECTED, alice.connection().status().state());
			assertTrue(problems.isEmpty(), "nothing failed inside the bundle: " + problems.stream().map(LogRecord::getMessage).toList());
		} finally {
			tact.removeHandler(watcher);
		}
	}
}
