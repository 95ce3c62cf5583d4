package dev.tact.xmpp.internal.chat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.StanzaBuilder;
import org.jivesoftware.smack.sm.StreamManagementException;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.hints.element.NoPermanentStoreHint;
import org.jxmpp.jid.Jid;

import dev.tact.core.chat.OutgoingMessage;
import dev.tact.core.port.StreamLostException;
import dev.tact.xmpp.internal.connection.SmackConnectionPort;

/**
 * Sends messages in order on one thread and tracks the server's stream-management acknowledgements: a message's
 * future completes when the server has it. Acks are requested at most every {@link #ACK_DELAY_MS}, not per message.
 */
final class MessageSender {

	private static final long ACK_DELAY_MS = 50;
	private static final ScheduledExecutorService ACK_TIMER = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "tact-xmpp-ack-timer");
		thread.setDaemon(true);
		return thread;
	});

	private final SmackConnectionPort connections;
	private final ExecutorService sender;
	private final AtomicBoolean ackRequested = new AtomicBoolean();
	/** In the order sent: the first is the oldest the server has not confirmed. */
	private final Map<String, CompletableFuture<Void>> awaitingAck = Collections.synchronizedMap(new LinkedHashMap<>());

	MessageSender(SmackConnectionPort connections, String name) {
		this.connections = connections;
		this.sender = Executors.newSingleThreadExecutor(runnable -> {
			Thread thread = new Thread(runnable, "tact-xmpp-sender-" + name);
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Sends {@code message}; the future completes when the server acknowledged it, or fails if it could not go or the
	 * stream it went on is gone for good. A message whose id is still awaiting its acknowledgement is not sent again.
	 */
	CompletableFuture<Void> send(OutgoingMessage message) {
		CompletableFuture<Void> acknowledged = new CompletableFuture<>();
		sender.execute(() -> sendNow(message, acknowledged));
		return acknowledged;
	}

	/**
	 * The stream they were sent on is gone for good: their acks will never come (the outbox resends them). The
	 * oldest is named as the likeliest cause, should the server have ended the stream over it.
	 */
	void forgetAwaitedAcks() {
		List<CompletableFuture<Void>> lost;
		synchronized (awaitingAck) {
			lost = List.copyOf(awaitingAck.values());
			awaitingAck.clear();
		}
		for (int i = 0; i < lost.size(); i++) {
			lost.get(i).completeExceptionally(new StreamLostException(i == 0));
		}
	}

	void shutdown() {
		sender.shutdownNow();
	}

	private void sendNow(OutgoingMessage message, CompletableFuture<Void> acknowledged) {
		XMPPTCPConnection connection = connections.connection().orElse(null);
		if (connection == null) {
			acknowledged.completeExceptionally(new IllegalStateException("Not connected: the message waits in the outbox."));
			return;
		}
		String id = message.id().value();
		CompletableFuture<Void> inFlight = awaitingAck.get(id);
		if (inFlight != null) {
			// Still on the (resumed) stream, which resends it itself: sending it again would deliver it twice.
			inFlight.whenComplete((ok, error) -> {
				if (error == null) {
					acknowledged.complete(null);
				} else {
					acknowledged.completeExceptionally(error);
				}
			});
			return;
		}
		try {
			Message stanza = OutgoingMessageWriter.write(message);
			boolean managed = connection.isSmEnabled();
			if (managed) {
				awaitingAck.put(id, acknowledged);
				connection.addStanzaIdAcknowledgedListener(id, acked -> {
					awaitingAck.remove(id, acknowledged);
					acknowledged.complete(null);
				});
			}
			connection.sendStanza(stanza);
			if (!managed) {
				acknowledged.complete(null);
			} else {
				requestAckSoon(connection);
			}
		} catch (SmackException.NotConnectedException | StreamManagementException e) {
			awaitingAck.remove(id, acknowledged);
			acknowledged.completeExceptionally(new IllegalStateException("Not connected: the message waits in the outbox.", e));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			acknowledged.completeExceptionally(e);
		} catch (RuntimeException e) {
			awaitingAck.remove(id, acknowledged);
			acknowledged.completeExceptionally(new IllegalArgumentException("The message could not be sent: " + e.getMessage(), e));
		}
	}

	/**
	 * Asks the server to acknowledge what was sent, once per ACK_DELAY_MS rather than per message: each
	 * request and answer is work for the server, and the ack only moves messages out of the outbox.
	 */
	private void requestAckSoon(XMPPTCPConnection connection) {
		if (ackRequested.compareAndSet(false, true)) {
			ACK_TIMER.schedule(() -> sender.execute(() -> {
				ackRequested.set(false);
				try {
					if (connection.isSmEnabled() && connection.isAuthenticated()) {
						connection.requestSmAcknowledgement();
					}
				} catch (StreamManagementException | SmackException.NotConnectedException e) {
					// the next login resends what was not acknowledged
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}), ACK_DELAY_MS, TimeUnit.MILLISECONDS);
		}
	}

	/** A message without body (chat state, receipt, marker): not worth archiving, nor keeping if it cannot go. */
	void sendNotice(Jid to, ExtensionElement element) {
		sender.execute(() -> connections.connection().ifPresent(connection -> {
			try {
				connection.sendStanza(StanzaBuilder.buildMessage().to(to).ofType(Message.Type.chat)
						.addExtension(element).addExtension(NoPermanentStoreHint.INSTANCE).build());
			} catch (SmackException.NotConnectedException e) {
				// a chat state or receipt is not worth keeping
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}));
	}
}
