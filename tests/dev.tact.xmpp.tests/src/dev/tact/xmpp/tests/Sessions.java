package dev.tact.xmpp.tests;

import java.util.ArrayList;
import java.util.List;


import dev.tact.tests.harness.XmppTestServer;
import dev.tact.tests.harness.TestAccount;
import dev.tact.xmpp.internal.XmppAccountSession;

/** Opens real accounts on the test server, online and ready to receive, and closes whatever was opened. */
final class Sessions implements AutoCloseable {

	private final XmppTestServer server;
	private final List<AutoCloseable> opened = new ArrayList<>();

	Sessions(XmppTestServer server) {
		this.server = server;
	}

	/**
	 * A fresh account, logged in, available, and known by the server to be available: a ping round trip after the
	 * initial presence means the server has processed it, so stanzas sent to the account from now on are delivered.
	 */
	XmppAccountSession online(String prefix) throws Exception {
		TestAccount account = server.newAccount(prefix);
		XmppAccountSession session = Accounts.connected(server, account);
		opened.add(session);
		Accounts.online(session);
		return session;
	}

	/** Registers {@code resource} to be closed with the sessions (before them). */
	<T extends AutoCloseable> T closeLater(T resource) {
		opened.add(resource);
		return resource;
	}

	@Override
	public void close() {
		for (int i = opened.size() - 1; i >= 0; i--) {
			try {
				opened.get(i).close();
			} catch (Exception e) {
				// closing is best effort in tests
			}
		}
		opened.clear();
	}
}
