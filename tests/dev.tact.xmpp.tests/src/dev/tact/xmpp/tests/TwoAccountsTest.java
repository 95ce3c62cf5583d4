package dev.tact.xmpp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import dev.tact.core.address.BareJid;
import dev.tact.tests.harness.Await;
import dev.tact.tests.harness.ProsodyExtension;
import dev.tact.tests.harness.ProsodyServer;
import dev.tact.tests.harness.TestAccount;
import dev.tact.xmpp.internal.ConnectionSettings;
import dev.tact.xmpp.internal.XmppSession;

/** Two real accounts on a real Prosody, through Smack inside Equinox: the smallest proof the stack works. */
@ExtendWith(ProsodyExtension.class)
class TwoAccountsTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private XmppSession alice;
	private XmppSession bob;

	@BeforeEach
	void logIn(ProsodyServer server) throws Exception {
		alice = open(server, server.newAccount("alice"));
		bob = open(server, server.newAccount("bob"));
	}

	@AfterEach
	void logOut() {
		if (alice != null) {
			alice.close();
		}
		if (bob != null) {
			bob.close();
		}
	}

	@Test
	void runsInsideOsgiWithSmackResolved() {
		Bundle self = FrameworkUtil.getBundle(getClass());
		assertTrue(self != null, "the test runs in an OSGi framework");
		Bundle stax = java.util.Arrays.stream(self.getBundleContext().getBundles())
				.filter(b -> b.getSymbolicName().equals("smack-xmlparser-stax")).findFirst().orElseThrow();
		assertEquals(Bundle.ACTIVE, stax.getState(), "Smack's XML parser bundle is started");
	}

	@Test
	void contactSeesBusyPresenceAfterSubscriptionIsApproved() throws Exception {
		bob.approveAllAndAddBack();
		alice.approveAllAndAddBack();
		alice.publishPresence(null, "");
		bob.publishPresence(null, "");
		alice.addContact(bob.account(), "Bob");

		bob.publishPresence("dnd", "Busy \u2014 reviewing");

		Await.until(TIMEOUT, "alice sees bob as dnd", () -> "dnd".equals(alice.presenceOf(bob.account()).show()));
		assertEquals("Busy \u2014 reviewing", alice.presenceOf(bob.account()).status());
	}

	@Test
	void messageArrivesWithItsBodyIntact() throws Exception {
		BlockingQueue<XmppSession.IncomingMessage> inbox = new LinkedBlockingQueue<>();
		bob.onMessage(inbox::add);
		bob.publishPresence(null, "");

		alice.sendMessage(bob.account(), "Got a moment to discuss the build? \u00e9\u00e8 \ud83d\ude42");

		XmppSession.IncomingMessage received = inbox.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		assertTrue(received != null, "bob received the message");
		assertEquals(alice.account(), received.from());
		assertEquals("Got a moment to discuss the build? \u00e9\u00e8 \ud83d\ude42", received.body());
	}

	private static XmppSession open(ProsodyServer server, TestAccount account) throws Exception {
		ConnectionSettings settings = ConnectionSettings.of(BareJid.parse(account.jid()))
				.withServer(server.host(), server.c2sPort())
				.withPinnedCertificate(server.certificateSha256());
		return XmppSession.open(settings, account.password());
	}
}
