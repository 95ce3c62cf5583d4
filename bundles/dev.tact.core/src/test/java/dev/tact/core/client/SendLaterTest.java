package dev.tact.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.tact.core.address.BareJid;
import dev.tact.core.address.FullJid;
import dev.tact.core.chat.MemoryOutboxStorage;
import dev.tact.core.chat.OutgoingMessage;
import dev.tact.core.port.PeerPresenceEvent;
import dev.tact.core.presence.PresenceWire;
import dev.tact.core.presence.XmppShow;
import dev.tact.core.testing.InMemoryAccountPorts;
import dev.tact.core.testing.ManualScheduler;
import dev.tact.core.testing.MutableClock;

/** "Send later": a draft to a busy person waits, visibly, until they are Available, and survives a restart. */
class SendLaterTest {

	private static final BareJid ME = BareJid.parse("me@example.org");
	private static final BareJid DANA = BareJid.parse("dana@example.org");

	private final MutableClock clock = MutableClock.atMondayMorning();
	private final MemoryOutboxStorage storage = new MemoryOutboxStorage();
	private InMemoryAccountPorts account = new InMemoryAccountPorts();
	private TactClient client;

	@BeforeEach
	void signIn() {
		client = newClient();
		account.goOnline();
		presence(XmppShow.DND);
	}

	@Test
	void aHeldMessageWaitsVisiblyAndGoesOutWhenTheyBecomeAvailable() {
		OutgoingMessage held = client.sendLater(DANA, "When you have a minute: the release notes");

		assertEquals(List.of(), account.sent);
		assertEquals(List.of(held), client.heldFor(DANA));
		assertEquals(1, client.conversations().with(DANA).size(), "it shows in the conversation, queued");

		presence(XmppShow.AWAY);
		assertEquals(List.of(), account.sent, "Away is not Available");
		presence(XmppShow.NONE);

		assertEquals(List.of(held.id()), account.sent.stream().map(OutgoingMessage::id).toList());
		assertEquals(List.of(), client.heldFor(DANA));
	}

	@Test
	void sendNowAndCancelEndTheWait() {
		OutgoingMessage first = client.sendLater(DANA, "one");
		OutgoingMessage second = client.sendLater(DANA, "two");

		client.sendNow(first);
		client.cancelHeld(second);

		assertEquals(List.of(first.id()), account.sent.stream().map(OutgoingMessage::id).toList());
		assertEquals(List.of(), client.heldFor(DANA));
		assertEquals(1, client.conversations().with(DANA).size(), "the cancelled one left the conversation");
		presence(XmppShow.NONE);
		assertEquals(1, account.sent.size(), "nothing cancelled goes out later");
	}

	@Test
	void toSomeoneAvailableItGoesAtOnce() {
		presence(XmppShow.NONE);
		client.sendLater(DANA, "quick one");
		assertEquals(1, account.sent.size());
	}

	@Test
	void aHeldMessageSurvivesARestartAndStillWaits() {
		OutgoingMessage held = client.sendLater(DANA, "after your meeting");
		client.close();

		client = newClient();
		account = new InMemoryAccountPorts();
		client.attach(ME, account);
		account.goOnline();

		assertEquals(List.of(held.id()), client.heldFor(DANA).stream().map(OutgoingMessage::id).toList());
		assertTrue(client.conversations().with(DANA).find(held.id()).isPresent(), "shown again after the restart");
		assertEquals(List.of(), account.sent);
		presence(XmppShow.NONE);
		assertEquals(List.of(held.id()), account.sent.stream().map(OutgoingMessage::id).toList());
	}

	private TactClient newClient() {
		TactClient created = new TactClient(clock, ZoneId.of("UTC"), new ManualScheduler(clock), (e, d, q) -> {
		}, storage);
		created.attach(ME, account);
		return created;
	}

	private void presence(XmppShow show) {
		account.deliverPresence(new PeerPresenceEvent(new FullJid(DANA, "ide"), PresenceWire.standard(show, ""), 0,
				clock.instant()));
	}
}
