package dev.tact.xmpp.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.jivesoftware.smack.tcp.XMPPTCPConnection;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.MessageId;
import dev.tact.core.chat.Outbox;
import dev.tact.core.chat.OutgoingMessage;
import dev.tact.core.port.ConnectionPort;
import dev.tact.core.port.CredentialStore;
import dev.tact.core.chat.MemoryOutboxStorage;
import dev.tact.core.chat.OutboxStorage;
import dev.tact.xmpp.internal.chat.OutboxSender;
import dev.tact.xmpp.internal.chat.SmackChatPort;
import dev.tact.xmpp.internal.connection.CertificatePins;
import dev.tact.xmpp.internal.connection.ConnectionLifecycle;
import dev.tact.xmpp.internal.connection.ReconnectBackoff;
import dev.tact.xmpp.internal.connection.SessionEvents;
import dev.tact.xmpp.internal.connection.SmackConnectionPort;
import dev.tact.xmpp.internal.connection.SmackSetup;
import dev.tact.xmpp.internal.presence.SmackPresencePort;
import dev.tact.xmpp.internal.roster.SmackRosterPort;

/**
 * One account's XMPP session: the entry point the UI creates per account. It exposes core's ports, implemented with
 * Smack, and an outbox that sends messages exactly once across reconnects:
 *
 * <pre>
 * XmppAccountSession session = XmppAccountSession.create(account, credentialStore, pins, outboxStorage, clock);
 * session.presence().addPeerPresenceListener(...);   // register listeners first
 * session.chat().addChatListener(...);
 * session.connection().connect(accountSettings);       // completes when logged in, or fails with a readable message
 * session.submit(OutgoingMessage.to(peer, "Got a moment?", clock.instant()));
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
	private final Outbox outbox;
	private final OutboxSender outboxSender;

	private XmppAccountSession(BareJid account, CredentialStore credentials, CertificatePins pins, OutboxStorage storage,
			Clock clock, Consumer<MessageId> sentListener, Path rosterStore) {
		SmackSetup.ensureInitialized();
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
		this.presence = new SmackPresencePort(connection, events, clock, io);
		this.chat = new SmackChatPort(account, connection, events, clock, io);
		this.roster = new SmackRosterPort(connection, events, clock, io, rosterStore);
		this.outbox = new Outbox(storage);
		this.outbox.start();
		this.outboxSender = new OutboxSender(outbox, chat, connection, sentListener);
		// Order matters: the chat port forgets the old stream's acks before the outbox resends.
		connection.addLifecycle(chat);
		connection.addLifecycle(outboxSender);
		connection.addLifecycle(presence);
		connection.addLifecycle(roster);
	}

	/**
	 * Creates a session; nothing connects until {@code connection().connect(settings)}.
	 *
	 * @param credentials where the password is read at each connect
	 * @param pins        the certificates the user accepted
	 * @param storage     where unsent messages survive a restart
	 * @param sent        hears each of our messages the server acknowledged, on a Smack thread
	 */
	public static XmppAccountSession create(BareJid account, CredentialStore credentials, CertificatePins pins,
			OutboxStorage storage, Clock clock, Consumer<MessageId> sent) {
		return new XmppAccountSession(Objects.requireNonNull(account, "account"),
				Objects.requireNonNull(credentials, "credentials"), Objects.requireNonNull(pins, "pins"),
				Objects.requireNonNull(storage, "storage"), Objects.requireNonNull(clock, "clock"),
				Objects.requireNonNull(sent, "sent"), null);
	}

	/**
	 * A session whose roster is kept in {@code rosterStore} between logins, so that the server sends only what
	 * changed (roster versioning); otherwise as {@link #create(BareJid, CredentialStore, CertificatePins)}.
	 */
	public static XmppAccountSession create(BareJid account, CredentialStore credentials, CertificatePins pins,
			Path rosterStore) {
		return new XmppAccountSession(Objects.requireNonNull(account, "account"),
				Objects.requireNonNull(credentials, "credentials"), Objects.requireNonNull(pins, "pins"),
				new MemoryOutboxStorage(), Clock.systemUTC(), id -> {
				}, rosterStore);
	}

	/** A session with an outbox kept in memory only, and the system clock. */
	public static XmppAccountSession create(BareJid account, CredentialStore credentials, CertificatePins pins) {
		return create(account, credentials, pins, new MemoryOutboxStorage(), Clock.systemUTC(), id -> {
		});
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

	/** Raw chat port; to send a message reliably use {@link #submit}. Also pages archived history. */
	public SmackChatPort chat() {
		return chat;
	}

	public SmackRosterPort roster() {
		return roster;
	}

	/** The messages not yet acknowledged by the server. */
	public Outbox outbox() {
		return outbox;
	}

	/** Stores {@code message} in the outbox and sends it (now, or after the next login). False if its id is taken. */
	public boolean submit(OutgoingMessage message) {
		return outboxSender.submit(message);
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
