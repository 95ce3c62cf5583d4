package dev.tact.xmpp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.ChatMessage;
import dev.tact.core.chat.Conversation;
import dev.tact.core.chat.DeliveryState;
import dev.tact.core.client.TactClient;
import dev.tact.core.port.AccountPorts;
import dev.tact.core.port.MemoryCredentialStore;
import dev.tact.core.chat.MemoryOutboxStorage;
import dev.tact.core.time.TaskScheduler;
import dev.tact.tests.harness.Await;
import dev.tact.tests.harness.XmppServerExtension;
import dev.tact.tests.harness.XmppTestServer;
import dev.tact.tests.harness.TestAccount;
import dev.tact.xmpp.internal.XmppAccountSession;
import dev.tact.xmpp.internal.backend.XmppBackend;

/**
 * Exactly once across server crashes on the path the IDE takes: {@link TactClient#send} (core's outbox over the
 * account's chat port, as the XMPP backend service opens it), while the server is SIGKILLed and restarted.
 */
@ExtendWith(XmppServerExtension.class)
class NothingLostThroughTheClientTest {

	private static final int MESSAGES = 400;
	private static final int CRASHES = 2;
	private static final int MAX_IN_FLIGHT = 50;

	@Test
	void everyMessageTheUserSendsArrivesExactlyOnceAcrossServerCrashes(XmppTestServer server) throws Exception {
		long seed = System.nanoTime();
		CrashSchedule crashes = new CrashSchedule(seed, MESSAGES, CRASHES);
		TestAccount aliceAccount = server.newAccount("alice");
		BareJid alice = Accounts.jid(aliceAccount);
		ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
		try (AccountPorts ports = new XmppBackend().open(Accounts.settings(server, aliceAccount),
				MemoryCredentialStore.of(alice, aliceAccount.password().toCharArray()), Set.of(server.certificateSha256()));
				TactClient client = new TactClient(Clock.systemUTC(), ZoneId.of("UTC"), TaskScheduler.of(timer),
						(event, decision, replies) -> {
						}, new MemoryOutboxStorage());
				XmppAccountSession bob = Accounts.connected(server, server.newAccount("bob"))) {
			Inbox bobInbox = Inbox.of(bob, alice);
			Accounts.online(bob);
			client.attach(alice, ports);
			ports.connection().connect(Accounts.settings(server, aliceAccount)).get(30, TimeUnit.SECONDS);
			Conversation sent = client.conversations().with(bob.account());

			for (int i = 0; i < MESSAGES; i++) {
				client.send(bob.account(), "message " + i, false);
				if (crashes.crashAfter(i)) {
					server.kill();
				}
				if (crashes.restartAfter(i)) {
					server.restart();
					Await.until(Duration.ofSeconds(30), "both reconnected",
							() -> ports.connection().status().isConnected() && bob.connection().status().isConnected());
				}
				Await.until(Duration.ofSeconds(60), "the outbox drains while connected",
						() -> !ports.connection().status().isConnected() || pending(sent) < MAX_IN_FLIGHT);
			}
			if (!server.isRunning()) {
				server.restart();
			}

			try {
				Await.until(Duration.ofSeconds(60), "bob has all " + MESSAGES + " messages",
						() -> bobInbox.conversation().size() >= MESSAGES);
			} catch (AssertionError timedOut) {
				throw new AssertionError(timedOut.getMessage() + "; crashes after " + crashes + " (seed " + seed
						+ "), missing " + bobInbox.missing(MESSAGES) + ", pending at alice " + pending(sent), timedOut);
			}
			List<String> bodies = bobInbox.conversation().last(MESSAGES + 10).messages().stream().map(ChatMessage::body).toList();
			assertEquals(MESSAGES, bodies.size(), "nothing doubled");
			assertEquals(IntStream.range(0, MESSAGES).mapToObj(i -> "message " + i).collect(Collectors.toSet()),
					Set.copyOf(bodies), "nothing lost");
			Await.until(Duration.ofSeconds(30), "every message marked sent at alice", () -> pending(sent) == 0);
		} finally {
			timer.shutdownNow();
		}
	}

	private static long pending(Conversation conversation) {
		return conversation.last(MESSAGES + 10).messages().stream().filter(m -> m.delivery() == DeliveryState.PENDING)
				.count();
	}
}
