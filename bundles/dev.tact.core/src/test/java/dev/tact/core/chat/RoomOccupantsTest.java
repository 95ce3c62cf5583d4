package dev.tact.core.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import dev.tact.core.address.BareJid;

class RoomOccupantsTest {

	private final RoomOccupants room = new RoomOccupants();

	@Test
	void listsModeratorsFirstThenByNick() {
		room.joinedOrUpdated(new Occupant("zoe", Role.PARTICIPANT, null));
		room.joinedOrUpdated(new Occupant("adam", Role.VISITOR, null));
		room.joinedOrUpdated(new Occupant("mia", Role.MODERATOR, BareJid.parse("mia@example.org")));
		assertEquals("mia,zoe,adam", String.join(",", room.all().stream().map(Occupant::nick).toList()));
	}

	@Test
	void renameKeepsRoleAndAddressAndLeaveRemoves() {
		room.joinedOrUpdated(new Occupant("dana", Role.MODERATOR, BareJid.parse("dana@example.org")));
		room.renamed("dana", "dana_away");
		Occupant renamed = room.find("dana_away").orElseThrow();
		assertEquals(Role.MODERATOR, renamed.role());
		assertEquals(BareJid.parse("dana@example.org"), renamed.jid());
		room.left("dana_away");
		assertEquals(0, room.size());
		assertFalse(room.renamed("ghost", "spirit"));
	}

	@Test
	void occupantInAnAnonymousRoomHasNoAddress() {
		room.joinedOrUpdated(new Occupant("anon", null, null));
		Occupant anon = room.find("anon").orElseThrow();
		assertNull(anon.jid());
		assertEquals(Role.PARTICIPANT, anon.role());
	}
}
