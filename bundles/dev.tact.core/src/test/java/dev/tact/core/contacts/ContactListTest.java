package dev.tact.core.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.tact.core.address.BareJid;

class ContactListTest {

	private static final BareJid DANA = BareJid.parse("dana@example.org");
	private static final BareJid SAM = BareJid.parse("sam@example.org");

	private final ContactList list = new ContactList();

	ContactListTest() {
		list.put(Contact.of(DANA, "Dana", "Team"));
		list.put(Contact.of(SAM, "Sam", "Team", "Friends"));
	}

	@Test
	void moveTakesTheContactOutOfTheOldGroupAndCopyKeepsIt() {
		assertEquals(Set.of("Management"), list.move(DANA, "Team", "Management").groups());
		assertEquals(Set.of("Management", "Friends"), list.copy(DANA, "Friends").groups());
	}

	@Test
	void renamingAGroupRenamesItForEveryMember() {
		List<Contact> changed = list.renameGroup("Team", "Platform");
		assertEquals(2, changed.size());
		assertEquals(List.of("Friends", "Platform"), list.groups());
	}

	@Test
	void deletingAGroupKeepsItsMembersInTheirOtherGroupsOrUngrouped() {
		list.deleteGroup("Team");
		assertEquals(Set.of(), list.find(DANA).orElseThrow().groups());
		assertEquals(Set.of("Friends"), list.find(SAM).orElseThrow().groups());
		assertEquals(List.of("Friends"), list.groups());
	}

	@Test
	void nobodyCanBeAddedToRecentContactsByHand() {
		assertThrows(IllegalArgumentException.class, () -> list.copy(DANA, "Recent Contacts"));
		assertThrows(IllegalArgumentException.class, () -> list.move(DANA, "Team", "recent contacts"));
		assertThrows(IllegalArgumentException.class, () -> list.createGroup(RecentContacts.GROUP_NAME));
	}

	@Test
	void emptyGroupTheUserCreatedIsListed() {
		list.createGroup("Later");
		assertEquals(List.of("Friends", "Later", "Team"), list.groups());
	}
}
