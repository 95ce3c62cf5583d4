package dev.tact.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.tact.core.address.BareJid;
import dev.tact.core.contacts.Contact;
import dev.tact.core.chat.MemoryOutboxStorage;
import dev.tact.core.testing.InMemoryAccountPorts;
import dev.tact.core.testing.ManualScheduler;
import dev.tact.core.testing.MutableClock;

class RosterEditingTest {

	private static final BareJid DANA = BareJid.parse("dana@example.org");
	private static final BareJid LEE = BareJid.parse("lee@example.org");

	private final MutableClock clock = MutableClock.atMondayMorning();
	private final InMemoryAccountPorts account = new InMemoryAccountPorts();
	private TactClient client;

	@BeforeEach
	void signIn() {
		client = new TactClient(clock, ZoneId.of("UTC"), new ManualScheduler(clock), (e, d, q) -> {
		}, new MemoryOutboxStorage());
		client.attach(BareJid.parse("me@example.org"), account);
		account.goOnline();
		account.deliverContact(Contact.of(DANA, "Dana", "Team"));
		account.deliverContact(Contact.of(LEE, "Lee", "Team", "Friends"));
	}

	@Test
	void movingAContactChangesItsGroupsOnTheServer() {
		client.roster().move(DANA, "Team", "Build").join();

		assertEquals(Set.of("Build"), client.contacts().contacts().stream().filter(c -> c.jid().equals(DANA))
				.findFirst().orElseThrow().groups());
	}

	@Test
	void renamingAGroupKeepsEveryMemberInIt() {
		client.roster().renameGroup("Team", "Platform").join();

		assertEquals(2, client.contacts().members("Platform").size());
		assertTrue(client.contacts().members("Team").isEmpty());
	}

	@Test
	void changesWithoutAnAccountFailWithAReadableReason() {
		account.disconnect();

		CompletionException failure = assertThrows(CompletionException.class,
				() -> client.roster().add(BareJid.parse("kim@example.org"), "Kim", "Team").join());
		assertEquals("Sign in to change your contacts.", failure.getCause().getMessage());
	}

	@Test
	void addingAContactAsksTheServerToAddAndSubscribe() {
		client.roster().add(BareJid.parse("kim@example.org"), "Kim", "Team").join();

		assertTrue(account.contacts().stream().anyMatch(c -> c.jid().toString().equals("kim@example.org")));
	}
}
