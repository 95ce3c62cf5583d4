package dev.tact.xmpp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import dev.tact.core.chat.OutgoingMessage;
import dev.tact.core.port.ChatListener;
import dev.tact.core.port.IncomingMessageEvent;
import dev.tact.tests.harness.XmppServerExtension;
import dev.tact.tests.harness.XmppTestServer;
import dev.tact.xmpp.internal.XmppAccountSession;

/** Two real accounts on a real server, through Smack inside Equinox: the smallest proof the stack works. */
@ExtendWith(XmppServerExtension.class)
class TwoAccountsTest {

	private XmppAccountSession alice;
	private XmppAccountSession bob;

	@BeforeEach
	void logIn(XmppTestServer server) throws Exception {
		alice = Accounts.connected(server, server.newAccount("alice"));
		bob = Accounts.connected(server, server.newAccount("bob"));
	}

	@AfterEach
	void logOut() {
		alice.close();
		bob.close();
	}

	@Test
	void runsInsideOsgiWithSmackResolvedAndNoServiceLoaderMediatorStarted() {
		Bundle self = FrameworkUtil.getBundle(getClass());
		assertTrue(self != null, "the test runs in an OSGi framework");
		Bundle stax = bundle(self, "smack-xmlparser-stax");
		assertTrue((stax.getState() & (Bundle.RESOLVED | Bundle.ACTIVE | Bundle.STARTING)) != 0, "Smack's XML parser resolves");
		assertTrue(bundle(self, "org.apache.aries.spifly.dynamic.bundle").getState() != Bundle.ACTIVE,
				"SPI Fly is not started: Tact sets Smack's parser itself, so no weaving hook slows the IDE");
	}

	private static Bundle bundle(Bundle self, String name) {
		return Arrays.stream(self.getBundleContext().getBundles()).filter(b -> b.getSymbolicName().equals(name))
				.findFirst().orElseThrow(() -> new AssertionError(name + " is installed"));
	}

	@Test
	void messageArrivesWithItsBodyIntact() throws Exception {
		BlockingQueue<IncomingMessageEvent> inbox = new LinkedBlockingQueue<>();
		bob.chat().addChatListener(new ChatListener() {
			@Override
			public void messageReceived(IncomingMessageEvent event) {
				inbox.add(event);
			}
		});
		Accounts.online(bob);

		alice.chat().send(OutgoingMessage.to(bob.account(), "Got a moment to discuss the build? \u00e9\u00e8 \ud83d\ude42",
				Instant.now()));

		IncomingMessageEvent received = inbox.poll(Accounts.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		assertTrue(received != null, "bob received the message");
		assertEquals(alice.account(), received.conversation());
		assertEquals("Got a moment to discuss the build? \u00e9\u00e8 \ud83d\ude42", received.message().body());
	}
}
