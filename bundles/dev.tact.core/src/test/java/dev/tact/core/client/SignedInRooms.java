package dev.tact.core.client;

import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.tact.core.address.BareJid;
import dev.tact.core.alert.AlertEvent;
import dev.tact.core.chat.MemoryOutboxStorage;
import dev.tact.core.testing.InMemoryAccountPorts;
import dev.tact.core.testing.InMemoryGroupChat;
import dev.tact.core.testing.ManualScheduler;
import dev.tact.core.testing.MutableClock;

/**
 * A client signed in, with rooms in memory, for the group chat tests: what it alerts, and which rooms changed. One per
 * test, as JUnit makes one test instance per test.
 */
final class SignedInRooms {

	static final BareJid ME = BareJid.parse("me@example.org");
	static final BareJid DANA = BareJid.parse("dana@example.org");
	static final BareJid LEE = BareJid.parse("lee@example.org");
	static final BareJid ROOM = BareJid.parse("design@conference.example.org");

	final MutableClock clock = MutableClock.atMondayMorning();
	final List<AlertEvent> alerts = new CopyOnWriteArrayList<>();
	final List<BareJid> changes = new CopyOnWriteArrayList<>();
	final InMemoryAccountPorts account = new InMemoryAccountPorts();
	final InMemoryGroupChat rooms = account.groupChat;
	final TactClient client;

	SignedInRooms() {
		client = new TactClient(clock, ZoneId.of("UTC"), new ManualScheduler(clock), (e, d, q) -> alerts.add(e),
				new MemoryOutboxStorage());
		client.attach(ME, account);
		account.goOnline();
		client.groupChats().addChangeListener(changes::add);
	}

	/** We enter {@link #ROOM}. */
	void enter() {
		client.groupChats().join(ROOM).join();
	}
}
