package dev.tact.xmpp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.packet.StandardExtensionElement;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.caps.EntityCapsManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.tact.core.address.BareJid;
import dev.tact.core.port.PeerPresenceEvent;
import dev.tact.core.presence.OwnPresenceEncoder;
import dev.tact.core.presence.PeerPresenceInterpreter;
import dev.tact.core.presence.PresenceState;
import dev.tact.core.presence.PresenceWire;
import dev.tact.tests.harness.Await;
import dev.tact.tests.harness.XmppServerExtension;
import dev.tact.tests.harness.XmppTestServer;
import dev.tact.tests.harness.TestAccount;
import dev.tact.xmpp.internal.XmppAccountSession;
import dev.tact.xmpp.internal.presence.SmackPresencePort;

/** Presence travels as show + status + idle + Tact's extension, and comes back as the same Tact state. */
@ExtendWith(XmppServerExtension.class)
class PresenceTest {

	private final PeerPresenceInterpreter interpreter = new PeerPresenceInterpreter();
	private final List<PeerPresenceEvent> seenByAlice = new CopyOnWriteArrayList<>();
	private XmppAccountSession alice;
	private XmppAccountSession bob;

	@BeforeEach
	void logIn(XmppTestServer server) throws Exception {
		alice = Accounts.connected(server, server.newAccount("alice"));
		bob = Accounts.connected(server, server.newAccount("bob"));
		alice.presence().addPeerPresenceListener(seenByAlice::add);
		Accounts.online(alice);
		Accounts.online(bob);
		Accounts.befriend(alice, bob);
	}

	@AfterEach
	void logOut() {
		alice.close();
		bob.close();
	}

	@Test
	void tactPeerSeesTheExactStateWithActivityUntilAndIdle() throws Exception {
		Instant until = Instant.now().plus(45, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
		Instant idleSince = Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
		dev.tact.core.presence.Presence focusing = new dev.tact.core.presence.Presence(PresenceState.FOCUSING, "release notes",
				until, idleSince);
		PresenceWire wire = new OwnPresenceEncoder(ZoneOffset.UTC, true).encode(focusing);

		bob.presence().publish(wire).get(10, TimeUnit.SECONDS);

		PeerPresenceEvent event = Await.value(Accounts.TIMEOUT, "alice hears bob focusing",
				() -> last(bob.account(), "focusing"));
		assertEquals(wire, event.wire(), "the wire form arrives unchanged");
		dev.tact.core.presence.Presence seen = event.interpret(interpreter).presence();
		assertEquals(PresenceState.FOCUSING, seen.state());
		assertEquals(until, seen.until());
		assertEquals(idleSince, seen.idleSince());
		assertEquals("release notes", seen.note());
		var caps = EntityCapsManager.getNodeVerHashByJid(bob.smackConnection().orElseThrow().getUser());
		assertEquals(SmackPresencePort.CAPS_NODE, caps == null ? null : caps.getNode(), "bob advertises Tact's capabilities (XEP-0115)");
	}

	@Test
	void standardClientWithoutTheExtensionMapsSensibly(XmppTestServer server) throws Exception {
		TestAccount carolAccount = server.newAccount("carol");
		XMPPTCPConnection carol = Accounts.standardClient(server, carolAccount, "phone");
		try {
			carol.sendStanza(carol.getStanzaFactory().buildPresenceStanza()
					.to(alice.smackConnection().orElseThrow().getUser())
					.setMode(Presence.Mode.dnd).setStatus("On the phone with a customer").build());

			PeerPresenceEvent event = Await.value(Accounts.TIMEOUT, "alice hears carol",
					() -> lastFrom(BareJid.parse(carolAccount.jid())));
			assertNull(event.wire().tactState());
			assertEquals("phone", event.from().resource());
			assertEquals(PresenceState.IN_A_CALL, event.interpret(interpreter).presence().state());
		} finally {
			carol.disconnect();
		}
	}

	@Test
	void unreadableExtensionFromAPeerIsIgnoredNotFatal(XmppTestServer server) throws Exception {
		TestAccount malloryAccount = server.newAccount("mallory");
		XMPPTCPConnection mallory = Accounts.standardClient(server, malloryAccount, "x");
		try {
			StandardExtensionElement forged = StandardExtensionElement.builder("tact", "urn:dev.tact:presence:0")
					.addAttribute("state", "available").addAttribute("until", "tomorrow-ish")
					.addElement("nested", "whatever").build();
			mallory.sendStanza(mallory.getStanzaFactory().buildPresenceStanza()
					.to(alice.smackConnection().orElseThrow().getUser()).setMode(Presence.Mode.dnd).addExtension(forged).build());

			PeerPresenceEvent event = Await.value(Accounts.TIMEOUT, "alice hears mallory",
					() -> lastFrom(BareJid.parse(malloryAccount.jid())));
			assertNull(event.wire().until(), "an unreadable time is dropped");
			assertEquals(PresenceState.BUSY, event.interpret(interpreter).presence().state(),
					"a state that contradicts show is not believed");
			Accounts.roundTrip(alice.smackConnection().orElseThrow());
		} finally {
			mallory.disconnect();
		}
	}

	private PeerPresenceEvent last(BareJid from, String tactState) {
		PeerPresenceEvent found = null;
		for (PeerPresenceEvent event : seenByAlice) {
			if (event.from().bare().equals(from) && tactState.equals(event.wire().tactState())) {
				found = event;
			}
		}
		return found;
	}

	private PeerPresenceEvent lastFrom(BareJid from) {
		PeerPresenceEvent found = null;
		for (PeerPresenceEvent event : seenByAlice) {
			if (event.from().bare().equals(from)) {
				found = event;
			}
		}
		return found;
	}
}
