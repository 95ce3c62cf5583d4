package dev.tact.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.MemoryOutboxStorage;
import dev.tact.core.port.ConnectionState;
import dev.tact.core.port.DirectoryEntry;
import dev.tact.core.testing.InMemoryAccountPorts;
import dev.tact.core.testing.ManualScheduler;
import dev.tact.core.testing.MutableClock;

/**
 * The UI's one door to the server: connection state, directory search, profiles and uploads are operations of the
 * client, each on the account connected at the moment it is asked, failing with a sentence when none is.
 */
class ServerOperationsTest {

	private static final BareJid ME = BareJid.parse("me@example.org");
	private static final DirectoryEntry DANA = new DirectoryEntry(BareJid.parse("dana@example.org"), "Dana Scully",
			"dana@example.org");

	private final MutableClock clock = MutableClock.atMondayMorning();
	private final InMemoryAccountPorts account = new InMemoryAccountPorts();
	private TactClient client;

	@BeforeEach
	void start() {
		client = new TactClient(clock, ZoneId.of("UTC"), new ManualScheduler(clock), (event, decision, queued) -> {
		}, new MemoryOutboxStorage());
		account.people.add(DANA);
	}

	@Test
	void withoutAnAccountEveryServerOperationSaysToSignIn() {
		assertFalse(client.hasAccount());
		assertEquals(ConnectionState.DISCONNECTED, client.connectionStatus().state());
		assertNotSignedIn(client.searchDirectory("dana"));
		assertNotSignedIn(client.profile(DANA.jid()));
		assertNotSignedIn(client.upload(Path.of("notes.txt"), null));
	}

	@Test
	void anAccountStillConnectingIsNotAskedYet() {
		client.attach(ME, account);
		assertTrue(client.hasAccount());
		assertFalse(client.connectionStatus().isConnected());
		assertNotSignedIn(client.searchDirectory("dana"));
	}

	@Test
	void theConnectedAccountAnswersAndSigningOutEndsThat() throws Exception {
		client.attach(ME, account);
		account.goOnline();
		assertTrue(client.connectionStatus().isConnected());
		assertEquals(List.of(DANA), client.searchDirectory("scul").get());

		client.detach();
		assertFalse(client.hasAccount());
		assertEquals(ConnectionState.DISCONNECTED, client.connectionStatus().state());
		assertNotSignedIn(client.searchDirectory("dana"));
	}

	private static void assertNotSignedIn(CompletableFuture<?> operation) {
		ExecutionException failure = Assertions.assertThrows(ExecutionException.class, operation::get);
		assertInstanceOf(NotSignedInException.class, failure.getCause());
		assertEquals("Not connected: sign in first.", failure.getCause().getMessage());
	}
}
