package dev.tact.xmpp.internal.chat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.tact.core.port.ChatListener;
import dev.tact.core.port.ChatStateEvent;
import dev.tact.core.port.IncomingMessageEvent;
import dev.tact.core.port.ReceiptEvent;
import dev.tact.core.event.Registration;
import dev.tact.xmpp.internal.connection.SessionEvents;

/**
 * The registered chat listeners, called one after the other; one that throws does not keep the event from the
 * others. {@link #posting()} hands each event to the session's event thread first, for events found off it.
 */
final class ChatListeners implements ChatListener {

	private static final Logger LOG = Logger.getLogger(ChatListeners.class.getName());

	private final List<ChatListener> listeners = new CopyOnWriteArrayList<>();
	private final ChatListener posting;

	ChatListeners(SessionEvents events) {
		ChatListener direct = this;
		this.posting = new ChatListener() {
			@Override
			public void messageReceived(IncomingMessageEvent event) {
				events.post(() -> direct.messageReceived(event));
			}

			@Override
			public void receiptReceived(ReceiptEvent event) {
				events.post(() -> direct.receiptReceived(event));
			}

			@Override
			public void chatStateReceived(ChatStateEvent event) {
				events.post(() -> direct.chatStateReceived(event));
			}
		};
	}

	Registration add(ChatListener listener) {
		listeners.add(listener);
		return () -> listeners.remove(listener);
	}

	ChatListener posting() {
		return posting;
	}

	@Override
	public void messageReceived(IncomingMessageEvent event) {
		listeners.forEach(listener -> safely(() -> listener.messageReceived(event)));
	}

	@Override
	public void receiptReceived(ReceiptEvent event) {
		listeners.forEach(listener -> safely(() -> listener.receiptReceived(event)));
	}

	@Override
	public void chatStateReceived(ChatStateEvent event) {
		listeners.forEach(listener -> safely(() -> listener.chatStateReceived(event)));
	}

	private static void safely(Runnable call) {
		try {
			call.run();
		} catch (RuntimeException e) {
			LOG.log(Level.WARNING, "A chat listener failed; the others still hear the event", e);
		}
	}
}
