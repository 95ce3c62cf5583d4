package dev.tact.xmpp.tests;

import java.util.UUID;

import dev.tact.core.address.BareJid;
import dev.tact.tests.harness.XmppTestServer;

/** Fresh room addresses on the test server's MUC service. */
final class Rooms {

	private Rooms() {
	}

	static BareJid fresh(XmppTestServer server, String prefix) {
		return new BareJid(prefix + "-" + UUID.randomUUID().toString().substring(0, 8), server.mucService());
	}
}
