package dev.tact.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.tact.core.address.BareJid;
import dev.tact.core.address.FullJid;
import dev.tact.core.chat.MemoryOutboxStorage;
import dev.tact.core.contacts.Contact;
import dev.tact.core.contacts.SubscriptionRequest;
import dev.tact.core.port.PeerPresenceEvent;
import dev.tact.core.presence.PresenceWire;
import dev.tact.core.presence.XmppShow;
import dev.tact.core.testing.InMemoryAccountPorts;
import dev.tact.core.testing.ManualScheduler;
import dev.tact.core.testing.MutableClock;

/** The Contacts view's tree, built from the model in one pass. */
class ContactsTreeTest {

	private static final BareJid ME = BareJid.parse("me@example.org");
	private static final BareJid DANA = BareJid.parse("dana@example.org");
	private static final BareJid LEE = BareJid.parse("lee@example.org");
	private static final BareJid KIM = BareJid.parse("kim@example.org");

	private final MutableClock clock = MutableClock.atMondayMorning();
	private final InMemoryAccountPorts account = new InMemoryAccountPorts();
	private TactClient client;

	@BeforeEach
	void roster() {
		client = new TactClient(clock, ZoneId.of("UTC"), new ManualScheduler(clock), (e, d, q) -> {
		}, new MemoryOutboxStorage());
		client.attach(ME, account);
		account.goOnline();
		account.deliverContact(Contact.of(DANA, "Dana", "Team"));
		account.deliverContact(Contact.of(LEE, "Lee", "Team", "Friends"));
		account.deliverContact(Contact.of(KIM, "Kim"));
		online(DANA, XmppShow.NONE);
		online(LEE, XmppShow.DND);
		account.deliverRequest(new SubscriptionRequest(BareJid.parse("fox@example.org"), "Fox", clock.instant()));
	}

	@Test
	void requestsComeFirstThenEachGroupOnlineThenTheUngroupedThenEveryoneOffline() {
		List<ContactsTree.Group> tree = ContactsTree.build(client.contacts(), "", ContactsTree.Sort.AVAILABILITY,
				Map.of(DANA, 2), List.of(), List.of());

		assertEquals(List.of("Add Requests (1)", "Friends", "Team", "Contacts", "Offline (1)"),
				tree.stream().map(ContactsTree.Group::name).toList(), "the ungrouped row stays, last, while its people are offline");
		ContactsTree.Group team = group(tree, "Team");
		assertEquals(List.of("Dana", "Lee"), people(team), "available before busy");
		assertEquals(2, ((ContactsTree.Person) team.children().get(0)).unread());
		assertEquals(List.of("Kim"), people(group(tree, "Offline (1)")));
	}

	@Test
	void aFilterKeepsWhoMatchesByNameOrAddressAndSortingByNameIgnoresAvailability() {
		List<ContactsTree.Group> byName = ContactsTree.build(client.contacts(), "", ContactsTree.Sort.NAME, Map.of(),
				List.of(), List.of());
		assertEquals(List.of("Dana", "Lee"), people(group(byName, "Team")));

		online(LEE, XmppShow.NONE);
		online(DANA, XmppShow.XA);
		List<ContactsTree.Group> away = ContactsTree.build(client.contacts(), "", ContactsTree.Sort.NAME, Map.of(),
				List.of(), List.of());
		assertEquals(List.of("Dana", "Lee"), people(group(away, "Team")), "by name, whoever is away");

		List<ContactsTree.Group> filtered = ContactsTree.build(client.contacts(), "LEE", ContactsTree.Sort.NAME, Map.of(),
				List.of(), List.of());
		assertEquals(List.of("Friends", "Team", "Offline (0)"), filtered.stream().map(ContactsTree.Group::name).toList());
		assertEquals(List.of("Lee"), people(group(filtered, "Team")));
	}

	private static ContactsTree.Group group(List<ContactsTree.Group> tree, String name) {
		return tree.stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
	}

	private static List<String> people(ContactsTree.Group group) {
		return group.children().stream().map(row -> ((ContactsTree.Person) row).contact().name()).toList();
	}

	private void online(BareJid who, XmppShow show) {
		account.deliverPresence(new PeerPresenceEvent(new FullJid(who, "ide"), PresenceWire.standard(show, ""), 0, clock.instant()));
	}
}
