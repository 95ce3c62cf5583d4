package dev.tact.xmpp.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.jivesoftware.smack.roster.Roster;
import org.jivesoftware.smack.roster.rosterstore.DirectoryRosterStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.tact.core.port.MemoryCredentialStore;
import dev.tact.core.address.BareJid;
import dev.tact.tests.harness.Await;
import dev.tact.tests.harness.XmppServerExtension;
import dev.tact.tests.harness.XmppTestServer;
import dev.tact.tests.harness.TestAccount;
import dev.tact.xmpp.internal.XmppAccountSession;
import dev.tact.xmpp.internal.connection.CertificatePins;

/** The roster is kept between logins with its version, so the server sends only what changed (RFC 6121 §2.6). */
@ExtendWith(XmppServerExtension.class)
class RosterVersioningTest {

	@Test
	void secondLoginStartsFromTheStoredVersionedRoster(XmppTestServer server) throws Exception {
		TestAccount alice = server.newAccount("alice");
		BareJid bob = BareJid.parse(server.newAccount("bob").jid());
		Path store = Files.createTempDirectory("tact-roster-");

		try (XmppAccountSession first = open(server, alice, store)) {
			first.roster().add(bob, "Bob", Set.of("Team")).get(10, TimeUnit.SECONDS);
			Await.until(Accounts.TIMEOUT, "bob in alice's roster",
					() -> first.roster().contacts().stream().anyMatch(c -> c.jid().equals(bob)));
			assertTrue(Roster.getInstanceFor(first.smackConnection().orElseThrow()).isRosterVersioningSupported(),
					"Prosody offers roster versioning");
		}
		// Smack stores each roster push on its own thread, possibly after the session closed, and rewrites the
		// version file in place (truncate, then write): a read in between sees no store, so wait for a whole one.
		Await.until(Accounts.TIMEOUT, "the roster stored with its version and bob", () -> {
			DirectoryRosterStore written = DirectoryRosterStore.open(store.toFile());
			return written != null && !written.getRosterVersion().isEmpty()
					&& written.getEntries().stream().anyMatch(item -> item.getJid().toString().equals(bob.toString()));
		});

		try (XmppAccountSession second = open(server, alice, store)) {
			Await.until(Accounts.TIMEOUT, "bob back after the second login",
					() -> second.roster().contacts().stream().anyMatch(c -> c.jid().equals(bob) && c.isIn("Team")));
		}
	}

	private static XmppAccountSession open(XmppTestServer server, TestAccount account, Path store) throws Exception {
		MemoryCredentialStore passwords = new MemoryCredentialStore();
		passwords.save(Accounts.jid(account), account.password().toCharArray());
		CertificatePins pins = new CertificatePins();
		pins.pin(Accounts.jid(account), server.certificateSha256());
		XmppAccountSession session = XmppAccountSession.create(Accounts.jid(account), passwords, pins, store);
		session.connection().connect(Accounts.settings(server, account)).get(Accounts.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		return session;
	}
}
