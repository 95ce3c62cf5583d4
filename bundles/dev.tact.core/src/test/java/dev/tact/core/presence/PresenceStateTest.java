package dev.tact.core.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PresenceStateTest {

	/** DESIGN §3, row by row: colour class, show, base status text. */
	@Test
	void everyStateMapsAsTheDesignTableSays() {
		expect(PresenceState.AVAILABLE, Availability.AVAILABLE, XmppShow.NONE, "");
		expect(PresenceState.BUSY, Availability.BUSY, XmppShow.DND, "Busy");
		expect(PresenceState.IN_A_CALL, Availability.BUSY, XmppShow.DND, "In a call");
		expect(PresenceState.DEBUGGING, Availability.BUSY, XmppShow.DND, "Debugging");
		expect(PresenceState.FOCUSING, Availability.BUSY, XmppShow.DND, "Focusing");
		expect(PresenceState.DO_NOT_DISTURB, Availability.DO_NOT_DISTURB, XmppShow.DND, "Do not disturb");
		expect(PresenceState.BE_RIGHT_BACK, Availability.AWAY, XmppShow.AWAY, "Be right back");
		expect(PresenceState.AWAY, Availability.AWAY, XmppShow.AWAY, "Away");
		expect(PresenceState.OFF_WORK, Availability.AWAY, XmppShow.XA, "Off work");
		expect(PresenceState.APPEAR_OFFLINE, Availability.OFFLINE, XmppShow.UNAVAILABLE, "");
		expect(PresenceState.OFFLINE, Availability.OFFLINE, XmppShow.UNAVAILABLE, "");
	}

	@Test
	void wireNamesRoundTripForEveryState() {
		for (PresenceState state : PresenceState.values()) {
			assertEquals(Optional.of(state), PresenceState.fromWireName(state.wireName()));
			assertEquals(Optional.of(state), PresenceState.fromWireName(state.name()));
		}
		assertEquals("do-not-disturb", PresenceState.DO_NOT_DISTURB.wireName());
	}

	@Test
	void unknownOrMissingWireNamesAreEmpty() {
		assertEquals(Optional.empty(), PresenceState.fromWireName(null));
		assertEquals(Optional.empty(), PresenceState.fromWireName("hibernating"));
		assertEquals(Optional.empty(), PresenceState.fromWireName(""));
	}

	@Test
	void automaticStatesCarryTheirActivity() {
		assertEquals(Optional.of(TactActivity.CALL), PresenceState.IN_A_CALL.activity());
		assertEquals(Optional.of(TactActivity.DEBUGGING), PresenceState.DEBUGGING.activity());
		assertEquals(Optional.of(TactActivity.FOCUS), PresenceState.FOCUSING.activity());
		assertEquals(Optional.empty(), PresenceState.BUSY.activity());
	}

	@Test
	void automaticStatesAreNotInThePresenceMenu() {
		assertFalse(PresenceState.DEBUGGING.isSelectableByUser());
		assertFalse(PresenceState.FOCUSING.isSelectableByUser());
		assertTrue(PresenceState.APPEAR_OFFLINE.isSelectableByUser());
	}

	private static void expect(PresenceState state, Availability colour, XmppShow show, String status) {
		assertEquals(colour, state.availability(), state + " colour");
		assertEquals(show, state.show(), state + " show");
		assertEquals(status, state.statusText(), state + " status");
	}
}
