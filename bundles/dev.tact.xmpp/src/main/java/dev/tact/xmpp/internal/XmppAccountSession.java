package dev.tact.xmpp.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jivesoftware.smack.tcp.XMPPTCPConnection;

import dev.tact.core.address.BareJid;
import dev.tact.core.port.CredentialStore;
import dev.tact.xmpp.internal.chat.SmackChatPort;
import dev.tact.xmpp.internal.connection.CertificatePins;
import dev.tact.xmpp.internal.connection.ConnectionLifecycle;
import dev.tact.xmpp.internal.connection.ReconnectBackoff;
import dev.tact.xmpp.internal.connection.SessionEvents;
import dev.tact.xmpp.internal.connection.SmackConnectionPort;
import dev.tact.xmpp.internal.connection.SmackSetup;
import dev.tact.xmpp.internal.presence.SmackPresencePort;
import dev.tact.xmpp.internal.presence.StrangerIqGuard;
import dev.tact.xmpp.internal.roster.SmackRosterPort;

/**
 * One account's XMPP session: core's connection, presence, chat and roster ports, implemented with Smack over one
 * connection. {@code XmppBackend} builds the rest of the account's ports on it and hands them to core, whose outbox
 * sends every message the user writes (exactly once across reconnects):
 *
 * <pre>
 * XmppAccountSession session = XmppAccountSession.create(account, credentialStore, pins);
 * session.presence().addPeerPresenceListener(...);   // register listeners first
 * session.chat().addChatListener(...);
 * session.connection().connect(accountSettings);       // completes when logged in, or fails with a readable message
 * </pre>
 *
 * Every event is raised on the session's one event thread, in order; the UI hops to its own thread from there.
 */
public final class XmppAccountSession implements AutoCloseable {

	private final BareJid account;
	private final SessionEvents events;
	private final ExecutorService io;
	private final SmackConnectionPort connection;
	private final SmackPresencePort presence;
	private final SmackChatPort chat;
	private final SmackRosterPort roster;

	private XmppAccountSession(BareJid account, CredentialStore credentials, CertificatePins pins, Path rosterStore) {
		SmackSetup.ensureInitialized();
		Clock clock = Clock.systemUTC();
		this.account = account;
		this.events = new SessionEvents(account.toString());
		// Blocking network calls get their own threads: the common pool has one thread on a two-core machine, and one
		// slow reply there would stall every other session's work.
		this.io = Executors.newCachedThreadPool(runnable -> {
			Thread thread = new Thread(runnable, "tact-xmpp-io-" + account);
			thread.setDaemon(true);
			return thread;
		});
		this.connection = new SmackConnectionPort(credentials, pins, ReconnectBackoff.standard());
		// Presence first, then what the server kept for us, then the archive for the rest (see the chat port).
		this.presence = new SmackPresencePort(connection, events, clock, io, this::initialPresenceSent);
		this.chat = new SmackChatPort(account, connection, events, clock, io, presence::isAppearingOffline);
		this.roster = new SmackRosterPort(connection, events, clock, io, rosterStore);
		// The chat port first: it fails the old stream's unacknowledged sends before anyone hears "connected".
		connection.addLifecycle(chat);
		connection.addLifecycle(presence);
		connection.addLifecycle(new StrangerIqGuard(presence::isAppearingOffline));
		connection.addLifecycle(roster);
	}

	private void initialPresenceSent(XMPPTCPConnection sentOn) {
		chat.initialPresenceSent(sentOn);
	}

	/**
	 * Creates a session; nothing connects until {@code connection().connect(settings)}.
	 *
	 * @param credentials where the password is read at each connect
	 * @param pins        the certificates the user accepted
	 */
	public static XmppAccountSession create(BareJid account, CredentialStore credentials, CertificatePins pins) {
		return create(account, credentials, pins, null);
	}

	/**
	 * A session whose roster is kept in {@code rosterStore} between logins, so that the server sends only what
	 * changed (roster versioning); otherwise as {@link #create(BareJid, CredentialStore, CertificatePins)}.
	 */
	public static XmppAccountSession create(BareJid account, CredentialStore credentials, CertificatePins pins,
			Path rosterStore) {
		return new XmppAccountSession(Objects.requireNonNull(account, "account"),
				Objects.requireNonNull(credentials, "credentials"), Objects.requireNonNull(pins, "pins"), rosterStore);
	}

	public BareJid account() {
		return account;
	}

	/** Connects, disconnects and reports the state; {@link SmackConnectionPort#lastFailure()} has the certificate. */
	public SmackConnectionPort connection() {
		return connection;
	}

	public SmackPresencePort presence() {
		return presence;
	}

	/** The chat port: sends what core's outbox hands it, hears incoming messages, pages archived history. */
	public SmackChatPort chat() {
		return chat;
	}

	public SmackRosterPort roster() {
		return roster;
	}

	/** For other adapters of this bundle (group chat, files): follow the connection's life. Add before connecting. */
	public void addLifecycle(ConnectionLifecycle lifecycle) {
		connection.addLifecycle(lifecycle);
	}

	/** For other adapters of this bundle: the live Smack connection, empty when not logged in. */
	public Optional<XMPPTCPConnection> smackConnection() {
		return connection.connection();
	}

	/** The session's ordered event thread, for other adapters of this bundle. */
	public SessionEvents events() {
		return events;
	}

	@Override
	public void close() {
		connection.shutdown();
		chat.shutdown();
		io.shutdownNow();
		events.close();
	}
}
