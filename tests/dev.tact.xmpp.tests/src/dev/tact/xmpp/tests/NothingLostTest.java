package dev.tact.xmpp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.tact.core.chat.ChatMessage;
import dev.tact.core.port.ConnectionState;
import dev.tact.core.port.ConnectionStatus;
import dev.tact.tests.harness.Await;
import dev.tact.tests.harness.XmppServerExtension;
import dev.tact.tests.harness.XmppTestServer;
import dev.tact.xmpp.internal.XmppAccountSession;

/**
 * Exactly once across server crashes, on the path the IDE takes ({@link dev.tact.core.client.TactClient#send}: core's
 * outbox over the backend's chat port): the server is killed (SIGKILL) and restarted at random points while messages
 * flow; the outbox resends what was not acknowledged with the same origin ids, the receiver catches up from offline
 * storage and the archive, and core's conversation drops the copies.
 */
@ExtendWith(XmppServerExtension.class)
class NothingLostTest {

	private static final int MESSAGES = 1000;
	private static final int CRASHES = 3;
	private static final int MAX_IN_FLIGHT = 50;

	private static void count(ConnectionStatus status, AtomicInteger reconnects) {
		if (status.state() == ConnectionState.CONNECTED) {
			reconnects.incrementAndGet();
		}
	}

	@Test
	void everyMessageArrivesExactlyOnceAcrossServerCrashes(XmppTestServer server) throws Exception {
		long seed = System.nanoTime();
		CrashSchedule crashAt = new CrashSchedule(seed, MESSAGES, CRASHES);
		try (IdeClient ide = IdeClient.connected(server, server.newAccount("alice"));
				XmppAccountSession bob = Accounts.connected(server, server.newAccount("bob"))) {
			XmppAccountSession alice = ide.session();
			Inbox bobInbox = Inbox.of(bob, alice.account());
			AtomicInteger aliceReconnects = new AtomicInteger();
			AtomicInteger bobReconnects = new AtomicInteger();
			alice.connection().addStatusListener(s -> count(s, aliceReconnects));
			bob.connection().addStatusListener(s -> count(s, bobReconnects));
			Accounts.online(alice);
			Accounts.online(bob);
			long started = System.nanoTime();
			for (int i = 0; i < MESSAGES; i++) {
				ide.send(bob.account(), "message " + i);
				if (crashAt.crashAfter(i)) {
					server.kill();
				}
				if (crashAt.restartAfter(i)) {
					server.restart();
					// Both clients come back before the next crash, so that every crash hits a live session.
					Await.until(Duration.ofSeconds(30), "both reconnected", () -> alice.connection().status().isConnected()
							&& bob.connection().status().isConnected());
				}
				Await.until(Duration.ofSeconds(60), "the outbox drains while connected",
						() -> !alice.connection().status().isConnected() || ide.pending(bob.account()) < MAX_IN_FLIGHT);
			}
			if (!server.isRunning()) {
				server.restart();
			}

			try {
				Await.until(Duration.ofSeconds(60), "bob has all " + MESSAGES + " messages",
						() -> bobInbox.conversation().size() >= MESSAGES);
			} catch (AssertionError timedOut) {
				throw new AssertionError(timedOut.getMessage() + "; crashes at " + crashAt + " (seed " + seed + "), missing "
						+ bobInbox.missing(MESSAGES)
						+ ", alice's outbox holds " + ide.pending(bob.account()) + ", alice " + alice.connection().status()
						+ ", bob " + bob.connection().status(), timedOut);
			}
			double seconds = (System.nanoTime() - started) / 1e9;

			Set<String> bodies = bobInbox.conversation().last(MESSAGES + 10).messages().stream().map(ChatMessage::body)
					.collect(Collectors.toSet());
			assertEquals(MESSAGES, bobInbox.conversation().size(), "nothing doubled");
			assertEquals(MESSAGES, bodies.size(), "nothing lost");
			for (int i = 0; i < MESSAGES; i++) {
				assertEquals(true, bodies.contains("message " + i), "message " + i + " arrived");
			}
			Await.until(Duration.ofSeconds(30), "every message marked sent at alice", () -> ide.pending(bob.account()) == 0);
			assertTrue(aliceReconnects.get() >= CRASHES && bobReconnects.get() >= CRASHES,
					"both reconnected after every crash: alice " + aliceReconnects + ", bob " + bobReconnects);
			long copies = bobInbox.messages.size() - MESSAGES;
			System.out.printf("NothingLost: %d messages, %d server crashes at %s (seed %d), %.1f s; "
					+ "%d duplicate copies dropped by origin id; reconnects alice %s bob %s; sources %s%n", MESSAGES, CRASHES,
					crashAt, seed, seconds, copies, aliceReconnects, bobReconnects,
					bobInbox.messages.stream().collect(Collectors.groupingBy(e -> e.source(), Collectors.counting())));
		}
	}
}
