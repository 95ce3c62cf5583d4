package dev.tact.xmpp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.jivesoftware.smack.roster.Roster;
import org.jivesoftware.smack.roster.packet.RosterPacket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jxmpp.jid.impl.JidCreate;

import dev.tact.core.address.BareJid;
import dev.tact.core.contacts.Contact;
import dev.tact.core.contacts.SubscriptionAnswer;
import dev.tact.core.contacts.SubscriptionRequest;
import dev.tact.tests.harness.Await;
import dev.tact.tests.harness.XmppServerExtension;
import dev.tact.tests.harness.XmppTestServer;
import dev.tact.xmpp.internal.XmppAccountSession;

/** The server-side contact list: add requests and their three answers, groups, removal. */
@ExtendWith(XmppServerExtension.class)
class RosterTest {

	private XmppAccountSession alice;
	private XmppAccountSession bob;
	private final List<SubscriptionRequest> bobsRequests = new CopyOnWriteArrayList<>();
	private final Map<BareJid, Contact> alicesContacts = new ConcurrentHashMap<>();
	private final List<BareJid> alicesRemovals = new CopyOnWriteArrayList<>();

	@BeforeEach
	void logIn(XmppTestServer server) throws Exception {
		alice = Accounts.connected(server, server.newAccount("alice"));
		bob = Accounts.connected(server, server.newAccount("bob"));
		bob.roster().addSubscriptionRequestListener(bobsRequests::add);
		alice.roster().addContactListener(contact -> alicesContacts.put(contact.jid(), contact));
		alice.roster().addRemovalListener(alicesRemovals::add);
		Accounts.online(alice);
		Accounts.online(bob);
	}

	@AfterEach
	void logOut() {
		alice.close();
		bob.close();
	}

	@Test
	void addingAContactReachesThePeerAndAddBackSubscribesBothWays() throws Exception {
		alice.roster().add(bob.account(), "Bob", Set.of("Team")).get(10, TimeUnit.SECONDS);

		SubscriptionRequest request = Await.value(Accounts.TIMEOUT, "bob is asked",
				() -> bobsRequests.isEmpty() ? null : bobsRequests.get(0));
		assertEquals(alice.account(), request.from());
		bob.roster().answer(alice.account(), SubscriptionAnswer.ADD_BACK).get(10, TimeUnit.SECONDS);

		Await.until(Accounts.TIMEOUT, "both see each other", () -> Accounts.subscription(alice, bob.account()) == RosterPacket.ItemType.both
				&& Accounts.subscription(bob, alice.account()) == RosterPacket.ItemType.both);
		assertEquals(1, bobsRequests.size(), "alice was not asked back: her own request implied consent");
		Contact bobForAlice = Await.value(Accounts.TIMEOUT, "alice's roster push", () -> alicesContacts.get(bob.account()));
		assertEquals("Bob", bobForAlice.name());
		assertEquals(Set.of("Team"), bobForAlice.groups());
	}

	@Test
	void acceptOnlyLetsThemSeeUsWithoutAddingThem() throws Exception {
		alice.roster().add(bob.account(), "Bob", Set.of()).get(10, TimeUnit.SECONDS);
		Await.until(Accounts.TIMEOUT, "bob is asked", () -> !bobsRequests.isEmpty());

		bob.roster().answer(alice.account(), SubscriptionAnswer.ACCEPT_ONLY).get(10, TimeUnit.SECONDS);

		Await.until(Accounts.TIMEOUT, "alice sees bob", () -> Accounts.subscription(alice, bob.account()) == RosterPacket.ItemType.to);
		Await.until(Accounts.TIMEOUT, "bob is seen but does not see",
				() -> Accounts.subscription(bob, alice.account()) == RosterPacket.ItemType.from);
	}

	@Test
	void declineLeavesNobodySubscribed() throws Exception {
		alice.roster().add(bob.account(), "Bob", Set.of()).get(10, TimeUnit.SECONDS);
		Await.until(Accounts.TIMEOUT, "bob is asked", () -> !bobsRequests.isEmpty());

		bob.roster().answer(alice.account(), SubscriptionAnswer.DECLINE).get(10, TimeUnit.SECONDS);

		Await.until(Accounts.TIMEOUT, "alice's request is refused", () -> {
			RosterPacket.ItemType type = Accounts.subscription(alice, bob.account());
			return type == RosterPacket.ItemType.none && !pending(alice, bob.account());
		});
		assertNull(Accounts.subscription(bob, alice.account()), "bob did not add alice");
	}

	@Test
	void groupsAreCopiedMovedRenamedAndDeletedAndContactsRemoved() throws Exception {
		alice.roster().add(bob.account(), "Bob", Set.of("Team")).get(10, TimeUnit.SECONDS);
		awaitGroups(Set.of("Team"));

		alice.roster().update(new Contact(bob.account(), "Bob", Set.of("Team", "Release"))).get(10, TimeUnit.SECONDS);
		awaitGroups(Set.of("Team", "Release"));

		alice.roster().update(new Contact(bob.account(), "Bob B.", Set.of("Crew", "Release"))).get(10, TimeUnit.SECONDS);
		awaitGroups(Set.of("Crew", "Release"));
		assertEquals("Bob B.", alicesContacts.get(bob.account()).name());

		alice.roster().update(new Contact(bob.account(), "Bob B.", Set.of())).get(10, TimeUnit.SECONDS);
		awaitGroups(Set.of());
		assertEquals(Set.of(), Set.copyOf(alice.roster().contacts()).iterator().next().groups());

		alice.roster().remove(bob.account()).get(10, TimeUnit.SECONDS);
		Await.until(Accounts.TIMEOUT, "alice hears bob removed", () -> alicesRemovals.contains(bob.account()));
		assertEquals(List.of(), List.copyOf(alice.roster().contacts()));
	}

	private void awaitGroups(Set<String> groups) {
		Await.until(Accounts.TIMEOUT, "bob filed under " + groups, () -> {
			Contact contact = alicesContacts.get(bob.account());
			return contact != null && contact.groups().equals(groups);
		});
	}

	private static boolean pending(XmppAccountSession session, BareJid contact) {
		try {
			return Roster.getInstanceFor(session.smackConnection().orElseThrow())
					.getEntry(JidCreate.entityBareFrom(contact.toString())).isSubscriptionPending();
		} catch (Exception e) {
			return false;
		}
	}
}
