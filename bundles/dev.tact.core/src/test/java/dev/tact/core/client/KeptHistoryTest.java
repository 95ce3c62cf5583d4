package dev.tact.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.Author;
import dev.tact.core.chat.ChatMessage;
import dev.tact.core.chat.MemoryOutboxStorage;
import dev.tact.core.chat.MessageId;
import dev.tact.core.contacts.Familiarity;
import dev.tact.core.port.IncomingMessageEvent;
import dev.tact.core.port.MessageSource;
import dev.tact.core.store.FileHistoryStore;
import dev.tact.core.testing.InMemoryAccountPorts;
import dev.tact.core.testing.ManualScheduler;
import dev.tact.core.testing.MutableClock;

/** What a restart keeps: the last page of each conversation, Recent Contacts, and who is a frequent contact. */
class KeptHistoryTest {

	private static final BareJid ME = BareJid.parse("me@example.org");
	private static final BareJid DANA = BareJid.parse("dana@example.org");
	private static final BareJid LEE = BareJid.parse("lee@example.org");

	@TempDir
	Path dir;
	private final MutableClock clock = MutableClock.atMondayMorning();
	private final ManualScheduler scheduler = new ManualScheduler(clock);

	@Test
	void aRestartKeepsTheLastPageRecentContactsAndFrequentContacts() {
		TactClient before = client();
		InMemoryAccountPorts account = new InMemoryAccountPorts();
		before.attach(ME, account);
		account.goOnline();
		for (int day = 0; day < 10; day++) {
			receive(account, DANA, "standup notes, day " + day);
			clock.advance(Duration.ofDays(1));
		}
		receive(account, LEE, "lunch?");
		for (int i = 0; i < 60; i++) {
			receive(account, LEE, "message " + i);
		}
		scheduler.advance(HistoryKeeper.SAVE_DELAY);
		before.close();

		TactClient after = client();

		assertEquals(List.of(LEE, DANA), after.contacts().recent());
		assertEquals(HistoryKeeper.PAGE, after.conversations().with(LEE).size(), "one screen per conversation");
		assertEquals("message 59", after.conversations().with(LEE).last(1).messages().get(0).body());
		assertEquals(10, after.conversations().with(DANA).size());
		assertEquals(Familiarity.FREQUENT, after.contacts().familiarity(DANA, clock.instant()),
				"ten days of talk in the last month still counts after the restart");
		assertEquals(Familiarity.RARE, after.contacts().familiarity(LEE, clock.instant()));
	}

	@Test
	void aDamagedFileStartsEmptyInsteadOfFailing() throws Exception {
		Files.write(dir.resolve("history"), new byte[] { 0, 0, 0, 1, 0x7f, 0x7f, 0x7f, 0x7f });
		TactClient client = client();
		assertEquals(List.of(), client.contacts().recent());
	}

	private TactClient client() {
		TactClient client = new TactClient(clock, ZoneId.of("UTC"), scheduler, (e, d, q) -> {
		}, new MemoryOutboxStorage());
		client.keepHistoryIn(new FileHistoryStore(dir.resolve("history")));
		return client;
	}

	private void receive(InMemoryAccountPorts account, BareJid from, String body) {
		ChatMessage message = ChatMessage.incoming(MessageId.random(), Author.of(from), body, clock.instant());
		account.deliverChat(l -> l.messageReceived(new IncomingMessageEvent(from, message, MessageSource.LIVE, null,
				false, false)));
		clock.advance(Duration.ofSeconds(1));
	}
}
