package dev.tact.xmpp.internal;

import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.chat2.ChatManager;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.roster.Roster;
import org.jivesoftware.smack.roster.RosterListener;
import org.jivesoftware.smack.roster.SubscribeListener.SubscribeAnswer;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;

import dev.tact.core.address.BareJid;

/**
 * One account's live connection and the Smack managers it owns (one of each per connection, as in Smack).
 * Blocking methods must not be called on the UI thread; the UI schedules them in Jobs.
 */
public final class XmppSession implements AutoCloseable {

	/** A message as it arrived: who sent it and its body. */
	public record IncomingMessage(BareJid from, String body, String stanzaId) {
	}

	/** A peer's presence as the roster sees it (best resource first). */
	public record PeerPresence(BareJid from, boolean available, String show, String status) {
	}

	private final ConnectionSettings settings;
	private final XMPPTCPConnection connection;
	private final Roster roster;
	private final ChatManager chats;
	private final CopyOnWriteArrayList<Consumer<IncomingMessage>> messageListeners = new CopyOnWriteArrayList<>();
	private final CopyOnWriteArrayList<Consumer<PeerPresence>> presenceListeners = new CopyOnWriteArrayList<>();

	private XmppSession(ConnectionSettings settings, XMPPTCPConnection connection) {
		this.settings = settings;
		this.connection = connection;
		this.roster = Roster.getInstanceFor(connection);
		this.chats = ChatManager.getInstanceFor(connection);
		roster.setSubscriptionMode(Roster.SubscriptionMode.manual);
		chats.addIncomingListener((from, message, chat) -> fireMessage(from, message));
		roster.addRosterListener(new PresenceForwarder());
	}

	/**
	 * Connects and logs in. Blocks until the server accepted the login or refused it.
	 *
	 * @throws ConnectFailure with a message for the user; the session is not left half open
	 */
	public static XmppSession open(ConnectionSettings settings, String password) throws ConnectFailure {
		Objects.requireNonNull(password, "password");
		PinningTrustManager trust = new PinningTrustManager(settings.pinnedCertificates());
		XMPPTCPConnection connection = SmackConnectionFactory.create(settings, password, trust);
		XmppSession session = new XmppSession(settings, connection);
		try {
			connection.connect();
			connection.login();
			return session;
		} catch (Exception e) {
			connection.disconnect();
			if (e instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			throw ConnectFailureTranslator.translate(e, settings, trust);
		}
	}

	public BareJid account() {
		return settings.account();
	}

	/**
	 * The Smack connection, for the group chat, file, directory and vCard services that attach their own Smack
	 * managers to it. Not for the UI.
	 */
	public XMPPTCPConnection connection() {
		return connection;
	}

	public boolean isConnected() {
		return connection.isAuthenticated();
	}

	/** Publishes own presence with a standard {@code show} ({@code null} for plain available) and status text. */
	public void publishPresence(String show, String status) throws SmackException.NotConnectedException, InterruptedException {
		Presence.Mode mode = show == null ? Presence.Mode.available : Presence.Mode.fromString(show);
		Presence presence = connection.getStanzaFactory().buildPresenceStanza()
				.ofType(Presence.Type.available)
				.setMode(mode)
				.setStatus(status == null || status.isEmpty() ? null : status)
				.build();
		connection.sendStanza(presence);
	}

	/** Asks {@code contact} to share presence and adds them to the roster; they are notified, as the guide says. */
	public void addContact(BareJid contact, String name) throws XMPPException, SmackException, InterruptedException {
		roster.createItemAndRequestSubscription(jid(contact), name, null);
	}

	/** Answers every incoming subscription request by approving it and asking back. */
	public void approveAllAndAddBack() {
		roster.addSubscribeListener((from, request) -> SubscribeAnswer.ApproveAndAlsoRequestIfRequired);
	}

	/** Sends a 1:1 chat message. */
	public void sendMessage(BareJid to, String body) throws SmackException.NotConnectedException, InterruptedException {
		chats.chatWith(jid(to)).send(body);
	}

	public void onMessage(Consumer<IncomingMessage> listener) {
		messageListeners.add(listener);
	}

	public void onPresence(Consumer<PeerPresence> listener) {
		presenceListeners.add(listener);
	}

	/** The best presence of {@code contact} across resources, as the roster currently knows it. */
	public PeerPresence presenceOf(BareJid contact) {
		return toPeerPresence(roster.getPresence(jid(contact)));
	}

	@Override
	public void close() {
		connection.disconnect();
	}

	private void fireMessage(EntityBareJid from, Message message) {
		if (message.getBody() == null) {
			return;
		}
		IncomingMessage incoming = new IncomingMessage(BareJid.parse(from.toString()), message.getBody(), message.getStanzaId());
		messageListeners.forEach(listener -> listener.accept(incoming));
	}

	private PeerPresence toPeerPresence(Presence presence) {
		String show = presence.isAvailable() && presence.getMode() != Presence.Mode.available ? presence.getMode().toString() : null;
		return new PeerPresence(BareJid.parse(presence.getFrom().asBareJid().toString()), presence.isAvailable(), show,
				presence.getStatus());
	}

	private static EntityBareJid jid(BareJid address) {
		try {
			return JidCreate.entityBareFrom(address.toString());
		} catch (XmppStringprepException e) {
			throw new IllegalArgumentException("'" + address + "' is not a valid XMPP address", e);
		}
	}

	private final class PresenceForwarder implements RosterListener {
		@Override
		public void presenceChanged(Presence presence) {
			Jid from = presence.getFrom();
			PeerPresence best = toPeerPresence(roster.getPresence(from.asBareJid()));
			presenceListeners.forEach(listener -> listener.accept(best));
		}

		@Override
		public void entriesAdded(java.util.Collection<Jid> addresses) {
		}

		@Override
		public void entriesUpdated(java.util.Collection<Jid> addresses) {
		}

		@Override
		public void entriesDeleted(java.util.Collection<Jid> addresses) {
		}
	}
}
