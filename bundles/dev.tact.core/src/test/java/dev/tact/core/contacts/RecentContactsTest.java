package dev.tact.core.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tact.core.address.BareJid;

class RecentContactsTest {

	private static BareJid jid(String local) {
		return BareJid.parse(local + "@example.org");
	}

	@Test
	void keepsTheLastPeopleWeTalkedWithMostRecentFirst() {
		RecentContacts recent = new RecentContacts(3);
		for (String name : List.of("a", "b", "c", "a", "d")) {
			recent.talkedWith(jid(name));
		}
		assertEquals(List.of(jid("d"), jid("a"), jid("c")), recent.mostRecentFirst());
	}
}
