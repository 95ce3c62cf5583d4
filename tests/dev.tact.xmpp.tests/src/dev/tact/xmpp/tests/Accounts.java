package dev.tact.xmpp.tests;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.jivesoftware.smack.ConnectionConfiguration.SecurityMode;
import org.jivesoftware.smack.roster.Roster;
import org.jivesoftware.smack.roster.RosterEntry;
import org.jivesoftware.smack.roster.packet.RosterPacket;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;
import org.jivesoftware.smackx.ping.PingManager;
import org.jxmpp.jid.impl.JidCreate;

import dev.tact.core.address.BareJid;
import dev.tact.core.contacts.SubscriptionAnswer;
import dev.tact.core.port.AccountSettings;
import dev.tact.core.port.MemoryCredentialStore;
import dev.tact.core.presence.PresenceWire;
import dev.tact.core.presence.XmppShow;
import dev.tact.tests.harness.Await;
import dev.tact.tests.harness.XmppTestServer;
import dev.tact.tests.harness.TestAccount;
import dev.tact.xmpp.internal.XmppAccountSession;
import dev.tact.xmpp.internal.connection.CertificatePins;
import dev.tact.xmpp.internal.connection.PinningTrustManager;
import dev.tact.xmpp.internal.connection.SmackSetup;

/** Real accounts on the test server, as Tact sessions or as a plain Smack client (a "standard client"). */
final class Accounts {

	static final Duration TIMEOUT = Duration.ofSeconds(15);

	private Accounts() {
	}

	static BareJid jid(TestAccount account) {
		return BareJid.parse(account.jid());
	}

	static AccountSettings settings(XmppTestServer server, TestAccount account) {
		return new AccountSettings(jid(account), "tact", server.host(), server.c2sPort(), false);
	}

	/** A session whose password is saved and whose server certificate is pinned; not yet connected. */
	static XmppAccountSession session(XmppTestServer server, TestAccount account) {
		MemoryCredentialStore passwords = new MemoryCredentialStore();
		passwords.save(jid(account), account.password().toCharArray());
		CertificatePins pins = new CertificatePins();
		if (server.certificate() != null) {
			pins.pin(jid(account), server.certificateSha256());
		}
		return XmppAccountSession.create(jid(account), passwords, pins);
	}

	static XmppAccountSession connected(XmppTestServer server, TestAccount account) throws Exception {
		XmppAccountSession session = session(server, account);
		session.connection().connect(settings(server, account)).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		return session;
	}

	/** Publishes Available and waits until the server has processed it (a ping answered after it). */
	static void online(XmppAccountSession session) throws Exception {
		session.presence().publish(PresenceWire.standard(XmppShow.NONE, "")).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		roundTrip(session.smackConnection().orElseThrow());
	}

	static void roundTrip(XMPPTCPConnection connection) throws Exception {
		if (!PingManager.getInstanceFor(connection).pingMyServer(true, TIMEOUT.toMillis())) {
			throw new AssertionError("the server did not answer a ping");
		}
	}

	/**
	 * A plain Smack client, as another XMPP client would be: STARTTLS with the test certificate pinned. Like any Smack
	 * in OSGi without a started ServiceLoader Mediator, it needs its XML parser set first.
	 */
	static XMPPTCPConnection standardClient(XmppTestServer server, TestAccount account, String resource) throws Exception {
		SmackSetup.ensureInitialized();
		XMPPTCPConnectionConfiguration config = XMPPTCPConnectionConfiguration.builder()
				.setXmppDomain(server.domain())
				.setHostAddress(InetAddress.getByName(server.host()))
				.setPort(server.c2sPort())
				.setUsernameAndPassword(account.user(), account.password())
				.setResource(resource)
				.setSecurityMode(SecurityMode.required)
				.setCustomX509TrustManager(new PinningTrustManager(Set.of(server.certificateSha256())))
				.build();
		XMPPTCPConnection connection = new XMPPTCPConnection(config);
		connection.connect().login();
		return connection;
	}

	/** Makes {@code a} and {@code b} see each other's presence, through Tact's roster port on both sides. */
	static void befriend(XmppAccountSession a, XmppAccountSession b) throws Exception {
		b.roster().addSubscriptionRequestListener(request -> {
			if (request.from().equals(a.account())) {
				b.roster().answer(request.from(), SubscriptionAnswer.ADD_BACK);
			}
		});
		a.roster().add(b.account(), "", Set.of()).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		Await.until(TIMEOUT, a.account() + " and " + b.account() + " subscribed both ways",
				() -> subscription(a, b.account()) == RosterPacket.ItemType.both
						&& subscription(b, a.account()) == RosterPacket.ItemType.both);
	}

	static RosterPacket.ItemType subscription(XmppAccountSession session, BareJid contact) {
		try {
			RosterEntry entry = Roster.getInstanceFor(session.smackConnection().orElseThrow())
					.getEntry(JidCreate.entityBareFrom(contact.toString()));
			return entry == null ? null : entry.getType();
		} catch (Exception e) {
			return null;
		}
	}
}
