package dev.tact.xmpp.internal.chat;

import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.StanzaListener;
import org.jivesoftware.smack.filter.StanzaIdFilter;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.ping.packet.Ping;

/**
 * The time in which the server hands over the messages it kept while we were away (offline storage, RFC 6121
 * §8.5.2.1.1): they come right after our initial presence, each with the server's delay stamp. A stamp that claims
 * to be the server's on a message at any other time was written by its sender, who must not be able to backdate
 * what they write or pass a live message off as old.
 * <p>
 * The window opens when our initial presence of a new session has gone out, and closes when the server answers a
 * ping sent right after it: a server answers in order, so what it handed over came before the answer, and the
 * answer is heard on the same in-order listener thread as the messages. Then {@code handedOver} runs (the archive
 * catch-up starts there, so nothing sent to us in between falls into a gap). A resumed stream sends no initial
 * presence and has nothing handed over: the window stays shut.
 */
final class KeptMessagesWindow {

	private static final Logger LOG = Logger.getLogger(KeptMessagesWindow.class.getName());

	private final Consumer<XMPPTCPConnection> handedOver;
	private volatile boolean open;

	KeptMessagesWindow(Consumer<XMPPTCPConnection> handedOver) {
		this.handedOver = handedOver;
	}

	/** Whether a message heard now may be one the server kept; ask in stanza order, on Smack's listener thread. */
	boolean isOpen() {
		return open;
	}

	/** Our initial presence of a new session has just gone out on {@code connection}. */
	void initialPresenceSent(XMPPTCPConnection connection) {
		open = true;
		Ping ping = new Ping(connection, connection.getXMPPServiceDomain());
		String id = ping.setStanzaId(); // the id it has, or a new one if it had none
		StanzaListener answered = new StanzaListener() {
			@Override
			public void processStanza(Stanza stanza) {
				connection.removeSyncStanzaListener(this);
				open = false;
				handedOver.accept(connection);
			}
		};
		connection.addSyncStanzaListener(answered, new StanzaIdFilter(id));
		try {
			connection.sendStanza(ping);
		} catch (SmackException.NotConnectedException | InterruptedException e) {
			if (e instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			connection.removeSyncStanzaListener(answered);
			open = false;
			LOG.log(Level.FINE, "The link went before the kept messages were handed over: {0}", e.getMessage());
		}
	}

	/** The link went: nothing more is handed over on it. */
	void lost() {
		open = false;
	}
}
