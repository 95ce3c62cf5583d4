package dev.tact.xmpp.tests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jivesoftware.smack.chat2.ChatManager;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jxmpp.jid.impl.JidCreate;

import dev.tact.core.chat.MessageId;
import dev.tact.core.chat.OutgoingMessage;
import dev.tact.core.port.ChatListener;
import dev.tact.core.port.IncomingMessageEvent;
import dev.tact.tests.harness.XmppServerExtension;
import dev.tact.tests.harness.XmppTestServer;
import dev.tact.tests.harness.TestAccount;
import dev.tact.xmpp.internal.XmppAccountSession;

/**
 * Measures A→B messages through Tact's chat path (core's client and outbox, origin id, receipt
 * request, ack tracking, event thread)
 * against raw Smack ChatManager on the same server in the same run. Prints the figures; asserts nothing about time.
 */
@ExtendWith(XmppServerExtension.class)
class ThroughputTest {

	private static final int BURST = 1000;
	private static final int SEQUENTIAL = 300;
	private static final int WARM_UP = 50;

	/** One way to send a body, and where arrivals are stamped. */
	private interface Path {
		void send(int seq) throws Exception;
	}

	@Test
	void tactChatPathComparedWithRawSmack(XmppTestServer server) throws Exception {
		Map<Integer, Long> arrivals = new ConcurrentHashMap<>();
		BlockingQueue<Integer> arrived = new LinkedBlockingQueue<>();

		IdeClient ide = IdeClient.connected(server, server.newAccount("alice"));
		XmppAccountSession alice = ide.session();
		XmppAccountSession bob = Accounts.connected(server, server.newAccount("bob"));
		bob.chat().addChatListener(new ChatListener() {
			@Override
			public void messageReceived(IncomingMessageEvent event) {
				stamp(event.message().body(), arrivals, arrived);
			}
		});
		Accounts.online(alice);
		Accounts.online(bob);
		Path tact = seq -> ide.send(bob.account(), "m " + seq);

		Path tactPortOnly = seq -> alice.chat().send(new OutgoingMessage(MessageId.random(), bob.account(), "m " + seq,
				Instant.now(), false, null, false));

		TestAccount carolAccount = server.newAccount("carol");
		TestAccount daveAccount = server.newAccount("dave");
		XMPPTCPConnection carol = Accounts.standardClient(server, carolAccount, "raw");
		XMPPTCPConnection dave = Accounts.standardClient(server, daveAccount, "raw");
		ChatManager.getInstanceFor(dave).addIncomingListener((from, message, chat) -> stamp(message.getBody(), arrivals, arrived));
		Accounts.roundTrip(dave);
		var toDave = ChatManager.getInstanceFor(carol).chatWith(JidCreate.entityBareFrom(daveAccount.jid()));
		Path raw = seq -> toDave.send("m " + seq);

		try {
			String[] results = new String[6];
			for (int round = 0; round < 2; round++) { // the second round is the one reported, after JIT warm-up
				results[0] = burst("tact", tact, arrivals, arrived);
				results[1] = burst("port only", tactPortOnly, arrivals, arrived);
				results[2] = burst("raw smack", raw, arrivals, arrived);
				results[3] = sequential("tact", tact, arrivals, arrived);
				results[4] = sequential("port only", tactPortOnly, arrivals, arrived);
				results[5] = sequential("raw smack", raw, arrivals, arrived);
			}
			System.out.println("Throughput and latency, A->B on loopback " + server.kind().displayName() + " (same run; tact = client + outbox + chat port,"
					+ " port only = chat port without outbox, raw smack = ChatManager between two plain connections):");
			for (String line : results) {
				System.out.println("  " + line);
			}
		} finally {
			carol.disconnect();
			dave.disconnect();
			ide.close();
			bob.close();
		}
	}

	private static void stamp(String body, Map<Integer, Long> arrivals, BlockingQueue<Integer> arrived) {
		if (body != null && body.startsWith("m ")) {
			int seq = Integer.parseInt(body.substring(2));
			arrivals.put(seq, System.nanoTime());
			arrived.add(seq);
		}
	}

	private static String burst(String name, Path path, Map<Integer, Long> arrivals, BlockingQueue<Integer> arrived)
			throws Exception {
		arrivals.clear();
		arrived.clear();
		long start = System.nanoTime();
		for (int i = 0; i < BURST; i++) {
			path.send(i);
		}
		for (int i = 0; i < BURST; i++) {
			if (arrived.poll(60, TimeUnit.SECONDS) == null) {
				throw new AssertionError(name + ": only " + i + " of " + BURST + " burst messages arrived");
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		return String.format("%-9s burst of %d: %.0f msgs/s (%.2f s)", name, BURST, BURST / seconds, seconds);
	}

	private static String sequential(String name, Path path, Map<Integer, Long> arrivals, BlockingQueue<Integer> arrived)
			throws Exception {
		arrivals.clear();
		arrived.clear();
		List<Long> micros = new ArrayList<>();
		for (int i = 0; i < WARM_UP + SEQUENTIAL; i++) {
			int seq = 100_000 + i;
			long sent = System.nanoTime();
			path.send(seq);
			Integer got;
			do {
				got = arrived.poll(30, TimeUnit.SECONDS);
				if (got == null) {
					throw new AssertionError(name + ": message " + seq + " did not arrive");
				}
			} while (got != seq);
			if (i >= WARM_UP) {
				micros.add((arrivals.get(seq) - sent) / 1000);
			}
		}
		Collections.sort(micros);
		return String.format("%-9s sequential x%d: p50 %.2f ms, p99 %.2f ms, max %.2f ms", name, SEQUENTIAL,
				micros.get(micros.size() / 2) / 1000.0, micros.get((int) (micros.size() * 0.99)) / 1000.0,
				micros.get(micros.size() - 1) / 1000.0);
	}
}
