package dev.tact.xmpp.internal.presence;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.filter.StanzaTypeFilter;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.roster.Roster;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.caps.EntityCapsManager;

import dev.tact.core.address.BareJid;
import dev.tact.core.address.FullJid;
import dev.tact.core.event.Registration;
import dev.tact.core.port.PeerPresenceEvent;
import dev.tact.core.port.PresencePort;
import dev.tact.core.presence.PresenceWire;
import dev.tact.core.presence.XmppShow;
import dev.tact.xmpp.internal.connection.ConnectionLifecycle;
import dev.tact.xmpp.internal.connection.Jids;
import dev.tact.xmpp.internal.connection.SessionEvents;
import dev.tact.xmpp.internal.connection.SmackConnectionPort;

/**
 * {@link PresencePort} over Smack. What was last published is sent again after every fresh login (it is also our
 * initial presence), so a reconnect restores what contacts see. Every peer presence stanza is raised as a
 * {@link PeerPresenceEvent} per resource on the session's event thread; core keeps the best resource.
 */
public final class SmackPresencePort implements PresencePort, ConnectionLifecycle {

	/** The entity capabilities node Tact advertises (XEP-0115). */
	public static final String CAPS_NODE = "https://tact.dev/caps";

	private final SmackConnectionPort connections;
	private final SessionEvents events;
	private final Clock clock;
	private final Executor io;
	private final List<Consumer<PeerPresenceEvent>> listeners = new CopyOnWriteArrayList<>();
	private volatile PresenceWire lastPublished;
	private final Consumer<XMPPTCPConnection> initialPresenceSent;
	/** Whether this session's initial presence has gone out; a new session (not a resumed stream) starts without. */
	private final AtomicBoolean initialSent = new AtomicBoolean(true);

	/**
	 * @param io runs blocking network calls, off the caller's thread
	 * @param initialPresenceSent hears that the first presence of a new session went out, on its connection
	 */
	public SmackPresencePort(SmackConnectionPort connections, SessionEvents events, Clock clock, Executor io,
			Consumer<XMPPTCPConnection> initialPresenceSent) {
		this.initialPresenceSent = Objects.requireNonNull(initialPresenceSent, "initialPresenceSent");
		this.connections = Objects.requireNonNull(connections, "connections");
		this.events = Objects.requireNonNull(events, "events");
		this.clock = Objects.requireNonNull(clock, "clock");
		this.io = Objects.requireNonNull(io, "io");
		TactPresenceExtensionProvider.register();
	}

	@Override
	public CompletableFuture<Void> publish(PresenceWire presence) {
		Objects.requireNonNull(presence, "presence");
		lastPublished = presence;
		Optional<XMPPTCPConnection> connection = connections.connection();
		if (connection.isEmpty()) {
			// Sent as initial presence at the next login.
			return CompletableFuture.completedFuture(null);
		}
		return CompletableFuture.runAsync(() -> send(connection.get(), presence), io);
	}

	/** Whether the user appears offline now (the last presence published is unavailable): nothing should give them away. */
	public boolean isAppearingOffline() {
		PresenceWire last = lastPublished;
		return last != null && last.show() == XmppShow.UNAVAILABLE;
	}

	@Override
	public Registration addPeerPresenceListener(Consumer<PeerPresenceEvent> listener) {
		listeners.add(Objects.requireNonNull(listener, "listener"));
		return () -> listeners.remove(listener);
	}


	@Override
	public void created(XMPPTCPConnection connection) {
		EntityCapsManager.setDefaultEntityNode(CAPS_NODE);
		EntityCapsManager.getInstanceFor(connection).enableEntityCaps();
		connection.addSyncStanzaListener(stanza -> {
			Presence presence = (Presence) stanza;
			events.post(() -> raise(connection, presence));
		}, StanzaTypeFilter.PRESENCE);
	}

	@Override
	public void loggedIn(XMPPTCPConnection connection, boolean resumed) {
		if (resumed) {
			return;
		}
		initialSent.set(false);
		PresenceWire last = lastPublished;
		if (last != null) {
			send(connection, last);
		}
	}

	private void send(XMPPTCPConnection connection, PresenceWire presence) {
		try {
			connection.sendStanza(PresenceWireCodec.encode(presence, connection.getStanzaFactory()));
			if (initialSent.compareAndSet(false, true)) {
				initialPresenceSent.accept(connection);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (SmackException.NotConnectedException e) {
			// Sent again at the next login.
		}
	}

	private void raise(XMPPTCPConnection connection, Presence presence) {
		Presence.Type type = presence.getType();
		if (type != Presence.Type.available && type != Presence.Type.unavailable) {
			return; // subscriptions are the roster's business, errors nobody's
		}
		FullJid from = Jids.full(presence.getFrom());
		if (from == null || (connection.getUser() != null && presence.getFrom().equals(connection.getUser()))) {
			return;
		}
		PeerPresenceEvent event = new PeerPresenceEvent(from, PresenceWireCodec.decode(presence), presence.getPriority(),
				clock.instant());
		listeners.forEach(listener -> listener.accept(event));
	}
}
