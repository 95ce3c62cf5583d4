package dev.tact.xmpp.tests;

import java.nio.file.Files;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.tact.core.store.FileOutboxStorage;
import dev.tact.core.address.BareJid;
import dev.tact.core.chat.ChatMessage;
import dev.tact.core.chat.DeliveryState;
import dev.tact.core.chat.MessageId;
import dev.tact.core.chat.OutboxStorage;
import dev.tact.core.client.TactClient;
import dev.tact.core.port.AccountPorts;
import dev.tact.core.time.TaskScheduler;
import dev.tact.tests.harness.TestAccount;
import dev.tact.tests.harness.XmppTestServer;
import dev.tact.xmpp.internal.XmppAccountSession;
import dev.tact.xmpp.internal.backend.XmppBackend;

/**
 * An account as the IDE runs it: core's {@link TactClient} attached to the XMPP backend's ports, so that what a test
 * sends takes the product's one sending pipeline (core's outbox over the chat or room port). The session underneath
 * is there for the listeners and raw calls a test needs besides.
 */
final class IdeClient implements AutoCloseable {

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
	private final XmppAccountSession session;
	private final AccountPorts ports;
	private final TactClient client;

	private IdeClient(XmppAccountSession session, OutboxStorage outbox) {
		this.session = session;
		this.ports = new XmppBackend().portsOf(session);
		this.client = new TactClient(Clock.systemUTC(), ZoneId.of("UTC"), TaskScheduler.of(timer),
				(event, decision, replies) -> {
				}, outbox);
		client.attach(session.account(), ports);
	}

	/** Signs {@code account} in through a client; its server certificate pinned and its password saved. */
	static IdeClient connected(XmppTestServer server, TestAccount account) throws Exception {
		return connected(server, account, new FileOutboxStorage(Files.createTempDirectory("tact-outbox-")));
	}

	/** As {@link #connected(XmppTestServer, TestAccount)}, with what {@code outbox} holds from an earlier run. */
	static IdeClient connected(XmppTestServer server, TestAccount account, OutboxStorage outbox) throws Exception {
		IdeClient ide = new IdeClient(Accounts.session(server, account), outbox);
		try {
			ide.ports.connection().connect(Accounts.settings(server, account)).get(Accounts.TIMEOUT.toSeconds(),
					TimeUnit.SECONDS);
			return ide;
		} catch (Exception e) {
			ide.close();
			throw e;
		}
	}

	TactClient client() {
		return client;
	}

	XmppAccountSession session() {
		return session;
	}

	BareJid account() {
		return session.account();
	}

	/** Writes {@code text} to {@code to} as the user does in the chat editor; returns the message's id. */
	MessageId send(BareJid to, String text) {
		return client.send(to, text, false).id();
	}

	/** Where our message {@code id} to {@code peer} stands, as its conversation shows it. */
	DeliveryState delivery(BareJid peer, MessageId id) {
		return client.conversations().with(peer).find(id).map(ChatMessage::delivery).orElseThrow(
				() -> new AssertionError(id + " is not in the conversation with " + peer));
	}

	/** How many of our messages to {@code peer} the server has not acknowledged yet. */
	long pending(BareJid peer) {
		return client.conversations().with(peer).last(Integer.MAX_VALUE).messages().stream()
				.filter(message -> message.isOutgoing() && message.delivery() == DeliveryState.PENDING).count();
	}

	@Override
	public void close() {
		client.close();
		ports.close();
		timer.shutdownNow();
	}
}
