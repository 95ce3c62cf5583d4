package dev.tact.xmpp.tests;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.tact.core.port.AccountSettings;
import dev.tact.core.port.CertificateInfo;
import dev.tact.core.port.ConnectionState;
import dev.tact.core.port.MemoryCredentialStore;
import dev.tact.tests.harness.Await;
import dev.tact.tests.harness.ServerKind;
import dev.tact.tests.harness.TestAccount;
import dev.tact.tests.harness.XmppServerExtension;
import dev.tact.tests.harness.XmppTestServer;
import dev.tact.xmpp.internal.XmppAccountSession;
import dev.tact.xmpp.internal.connection.CertificatePins;
import dev.tact.xmpp.internal.connection.ConnectFailure;

/** Connecting: STARTTLS and SCRAM by default, and every failure a specific message with a consistent state. */
@ExtendWith(XmppServerExtension.class)
class ConnectionTest {

	@Test
	void connectsOverStartTlsWhenTheCertificateIsPinned(XmppTestServer server) throws Exception {
		try (XmppAccountSession session = Accounts.connected(server, server.newAccount("alice"))) {
			assertEquals(ConnectionState.CONNECTED, session.connection().status().state());
			assertTrue(session.smackConnection().orElseThrow().isSecureConnection(), "the stream is encrypted");
			assertTrue(session.smackConnection().orElseThrow().getUsedSaslMechansism().startsWith("SCRAM"),
					"the password is never sent as PLAIN");
		}
	}

	@Test
	void unknownCertificateIsReportedWithFingerprintAndSubjectAndTrustedOncePinned(XmppTestServer server) throws Exception {
		TestAccount account = server.newAccount("alice");
		MemoryCredentialStore passwords = new MemoryCredentialStore();
		passwords.save(Accounts.jid(account), account.password().toCharArray());
		CertificatePins pins = new CertificatePins();
		try (XmppAccountSession session = XmppAccountSession.create(Accounts.jid(account), passwords, pins)) {
			ConnectFailure failure = failure(session, Accounts.settings(server, account));

			assertEquals(ConnectFailure.Kind.UNTRUSTED_CERTIFICATE, failure.kind());
			assertEquals(server.certificateSha256(), failure.certificate().sha256());
			assertTrue(failure.certificate().subject().contains("CN=localhost"), failure.certificate().subject());
			CertificateInfo shown = session.connection().status().untrustedCertificate();
			assertEquals(failure.certificate().info().issuer(), shown.issuer());
			assertTrue(shown.names().contains("localhost"), "its host names: " + shown.names());
			assertTrue(shown.notBefore().isBefore(shown.notAfter()));
			assertFalse(shown.whileSignedIn(), "a sign-in somebody asked for");
			assertEquals("It is signed by itself, so no authority vouches for it.", shown.whyRefused(Instant.now()));
			assertTrue(failure.getMessage().contains(server.certificateSha256()), "the message shows the fingerprint");
			assertFailedWith(session, failure);

			pins.pin(Accounts.jid(account), failure.certificate().sha256());
			session.connection().connect(Accounts.settings(server, account)).get(15, TimeUnit.SECONDS);
			assertEquals(ConnectionState.CONNECTED, session.connection().status().state());
			var connection = session.smackConnection().orElseThrow();
			assertEquals(Set.of("SCRAM-SHA-1"), connection.getConfiguration().getEnabledSaslMechanisms(),
					"after a pinned certificate, never PLAIN: the password itself never goes to the server");
			assertEquals("SCRAM-SHA-1", connection.getUsedSaslMechansism());
		}
	}

	@Test
	void wrongPasswordIsReportedAndARetryWithTheRightOneSucceeds(XmppTestServer server) throws Exception {
		TestAccount account = server.newAccount("alice");
		MemoryCredentialStore passwords = new MemoryCredentialStore();
		passwords.save(Accounts.jid(account), "not-the-password".toCharArray());
		CertificatePins pins = new CertificatePins();
		pins.pin(Accounts.jid(account), server.certificateSha256());
		try (XmppAccountSession session = XmppAccountSession.create(Accounts.jid(account), passwords, pins)) {
			ConnectFailure failure = failure(session, Accounts.settings(server, account));

			assertEquals(ConnectFailure.Kind.BAD_CREDENTIALS, failure.kind());
			assertTrue(failure.getMessage().contains("password"), failure.getMessage());
			assertFailedWith(session, failure);

			passwords.save(Accounts.jid(account), account.password().toCharArray());
			session.connection().connect(Accounts.settings(server, account)).get(15, TimeUnit.SECONDS);
			assertEquals(ConnectionState.CONNECTED, session.connection().status().state());
		}
	}

	@Test
	void unknownHostIsReportedByName(XmppTestServer server) throws Exception {
		TestAccount account = server.newAccount("alice");
		try (XmppAccountSession session = Accounts.session(server, account)) {
			ConnectFailure failure = failure(session,
					new AccountSettings(Accounts.jid(account), "tact", "no-such-host.invalid", server.c2sPort(), false));

			assertEquals(ConnectFailure.Kind.UNKNOWN_HOST, failure.kind());
			assertTrue(failure.getMessage().contains("no-such-host.invalid"), failure.getMessage());
			assertFailedWith(session, failure);
		}
	}

	@Test
	void refusedPortIsReportedAsUnreachable(XmppTestServer server) throws Exception {
		TestAccount account = server.newAccount("alice");
		int closedPort;
		try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = probe.getLocalPort();
		}
		try (XmppAccountSession session = Accounts.session(server, account)) {
			ConnectFailure failure = failure(session,
					new AccountSettings(Accounts.jid(account), "tact", server.host(), closedPort, false));

			assertEquals(ConnectFailure.Kind.UNREACHABLE, failure.kind());
			assertTrue(failure.getMessage().contains(String.valueOf(closedPort)), failure.getMessage());
			assertFailedWith(session, failure);
		}
	}

	@Test
	void serverWithoutTlsIsRefusedUnlessPlaintextIsAllowedOnLoopback() throws Exception {
		try (XmppTestServer plain = ServerKind.chosen().start(false)) {
			TestAccount account = plain.newAccount("alice");
			try (XmppAccountSession session = Accounts.session(plain, account)) {
				ConnectFailure failure = failure(session, Accounts.settings(plain, account));

				assertEquals(ConnectFailure.Kind.TLS_UNAVAILABLE, failure.kind());
				assertTrue(failure.getMessage().contains("plaintext"), failure.getMessage());
				assertFailedWith(session, failure);

				session.connection().connect(new AccountSettings(Accounts.jid(account), "tact", plain.host(), plain.c2sPort(), true))
						.get(15, TimeUnit.SECONDS);
				assertEquals(ConnectionState.CONNECTED, session.connection().status().state());
				assertFalse(session.smackConnection().orElseThrow().isSecureConnection());
			}
		}
	}

	@Test
	void plaintextGoesOnlyToAServerNamedExplicitlyOnThisMachineNeverThroughSrv() throws Exception {
		try (XmppTestServer plain = ServerKind.chosen().start(false)) {
			TestAccount account = plain.newAccount("alice");
			try (XmppAccountSession session = Accounts.session(plain, account)) {
				// The domain is on this machine too; without a server named, Smack would ask DNS SRV where it is.
				ConnectFailure unnamed = failure(session, new AccountSettings(Accounts.jid(account), "tact", "", plain.c2sPort(), true));
				assertEquals(ConnectFailure.Kind.INVALID_SETTINGS, unnamed.kind());
				assertTrue(unnamed.getMessage().contains("server given explicitly"), unnamed.getMessage());

				ConnectFailure elsewhere = failure(session, new AccountSettings(Accounts.jid(account), "tact", "192.0.2.1", plain.c2sPort(), true));
				assertEquals(ConnectFailure.Kind.INVALID_SETTINGS, elsewhere.kind());
				assertTrue(elsewhere.getMessage().contains("only allowed for a server on this machine"), elsewhere.getMessage());
				assertFalse(session.connection().status().isConnected(), "nothing was sent in plaintext");
			}
		}
	}

	@Test
	void signingInElsewhereWithTheSameResourceStopsReconnectingAndSaysWhy(XmppTestServer server) throws Exception {
		TestAccount account = server.newAccount("alice");
		try (XmppAccountSession ide = Accounts.connected(server, account)) {
			try (XmppAccountSession other = Accounts.connected(server, account)) {
				Await.until(Accounts.TIMEOUT, "the first session is told it was replaced",
						() -> ide.connection().status().state() == ConnectionState.FAILED);
				assertTrue(ide.connection().status().reason().contains("signed in elsewhere"), ide.connection().status().reason());
				assertEquals(ConnectFailure.Kind.CONFLICT, ide.connection().lastFailure().orElseThrow().kind());
				Accounts.roundTrip(other.smackConnection().orElseThrow());
				assertEquals(ConnectionState.CONNECTED, other.connection().status().state(), "the newer session keeps its place");
			}
		}
	}

	private static ConnectFailure failure(XmppAccountSession session, AccountSettings settings) {
		ExecutionException thrown = assertThrows(ExecutionException.class,
				() -> session.connection().connect(settings).get(30, TimeUnit.SECONDS));
		ConnectFailure failure = assertInstanceOf(ConnectFailure.class, thrown.getCause());
		assertFalse(failure.getMessage().contains("Exception"), "no stack trace talk for the user: " + failure.getMessage());
		return failure;
	}

	private static void assertFailedWith(XmppAccountSession session, ConnectFailure failure) {
		assertEquals(ConnectionState.FAILED, session.connection().status().state());
		assertEquals(failure.getMessage(), session.connection().status().reason());
		assertTrue(session.smackConnection().isEmpty(), "no half-open connection is left behind");
	}
}
