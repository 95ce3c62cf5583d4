package dev.tact.xmpp.tests;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.tact.core.port.ConnectionState;
import dev.tact.core.port.ConnectionStatus;
import dev.tact.tests.harness.Await;
import dev.tact.tests.harness.XmppServerExtension;
import dev.tact.tests.harness.XmppTestServer;
import dev.tact.xmpp.internal.XmppAccountSession;

/**
 * A server that freezes (SIGSTOP: its sockets stay open, nothing answers) looks to TCP like a quiet one; Tact
 * notices within about a minute (a ping after 30 s of silence, unanswered within the reply timeout), says it is
 * reconnecting, and is back once the server answers again.
 */
@ExtendWith(XmppServerExtension.class)
class DeadLinkTest {

	@Test
	void aServerThatStopsAnsweringIsNoticedAndTheConnectionComesBack(XmppTestServer server) throws Exception {
		try (XmppAccountSession alice = Accounts.connected(server, server.newAccount("alice"))) {
			List<ConnectionStatus> states = new CopyOnWriteArrayList<>();
			alice.connection().addStatusListener(states::add);
			signal("STOP", server.pid());
			try {
				Await.until(Duration.ofSeconds(90), "the silent server is noticed",
						() -> states.stream().anyMatch(s -> s.state() == ConnectionState.RECONNECTING));
			} finally {
				signal("CONT", server.pid());
			}
			Await.until(Duration.ofSeconds(90), "connected again", () -> alice.connection().status().isConnected());
		}
	}

	private static void signal(String name, long pid) throws Exception {
		Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(pid)).inheritIO().start();
		if (kill.waitFor() != 0) {
			throw new AssertionError("kill -" + name + " " + pid + " failed");
		}
	}
}
