package dev.tact.xmpp.internal.chat;

import java.util.Objects;
import java.util.function.Consumer;

import org.jivesoftware.smack.tcp.XMPPTCPConnection;

import dev.tact.core.chat.MessageId;
import dev.tact.core.chat.Outbox;
import dev.tact.core.chat.OutgoingMessage;
import dev.tact.xmpp.internal.connection.ConnectionLifecycle;
import dev.tact.xmpp.internal.connection.SmackConnectionPort;

/**
 * Drives core's {@link Outbox} over the chat port: a message is stored, sent, and removed when the server
 * acknowledges it (stream management). After a login that could not resume the stream, everything not yet
 * acknowledged goes out again with the same origin ids, in the order it was written; the receiver recognises the
 * copies. After a resumed login, only what never reached the stream is sent: Smack resends the rest.
 */
public final class OutboxSender implements ConnectionLifecycle {

	private final Outbox outbox;
	private final SmackChatPort chat;
	private final SmackConnectionPort connections;
	private final Consumer<MessageId> sentListener;

	/**
	 * @param sentListener hears each id the server acknowledged (for {@code DeliveryState.SENT}); on the acking thread
	 */
	public OutboxSender(Outbox outbox, SmackChatPort chat, SmackConnectionPort connections, Consumer<MessageId> sentListener) {
		this.outbox = Objects.requireNonNull(outbox, "outbox");
		this.chat = Objects.requireNonNull(chat, "chat");
		this.connections = Objects.requireNonNull(connections, "connections");
		this.sentListener = Objects.requireNonNull(sentListener, "sentListener");
	}

	/** Stores {@code message} and sends it now if connected. Returns false if its id was already taken. */
	public boolean submit(OutgoingMessage message) {
		if (!outbox.enqueue(message)) {
			return false;
		}
		if (connections.connection().isPresent()) {
			flush();
		}
		return true;
	}

	@Override
	public void loggedIn(XMPPTCPConnection connection, boolean resumed) {
		outbox.connectionLost();
		flush();
	}

	private synchronized void flush() {
		for (OutgoingMessage message : outbox.takeReadyToSend()) {
			if (chat.isAwaitingAck(message.id())) {
				continue; // in flight on a resumed stream; its ack will come
			}
			chat.send(message).whenComplete((ok, error) -> {
				if (error == null && outbox.acknowledge(message.id())) {
					sentListener.accept(message.id());
				}
			});
		}
	}
}
