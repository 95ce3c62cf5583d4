package dev.tact.core.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PresenceWireMappingTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
	private static final Instant QUARTER_TO_ELEVEN = Instant.parse("2025-03-10T09:45:00Z");

	private final OwnPresenceEncoder revealing = new OwnPresenceEncoder(BERLIN, true);
	private final OwnPresenceEncoder concealing = new OwnPresenceEncoder(BERLIN, false);
	private final PeerPresenceInterpreter interpreter = new PeerPresenceInterpreter();

	@Test
	void focusingIsPublishedAsDndWithItsEndAndActivity() {
		Presence focusing = new Presence(PresenceState.FOCUSING, "", QUARTER_TO_ELEVEN, null);
		PresenceWire wire = revealing.encode(focusing);
		assertEquals(new PresenceWire(XmppShow.DND, "Focusing until 10:45", "focusing", "focus", QUARTER_TO_ELEVEN,
				null), wire);
	}

	@Test
	void appearOfflineIsPublishedExactlyLikeOffline() {
		PresenceWire wire = revealing.encode(Presence.of(PresenceState.APPEAR_OFFLINE, "hiding"));
		assertEquals(PresenceWire.standard(XmppShow.UNAVAILABLE, ""), wire);
		assertFalse(wire.hasTactExtension());
	}

	@Test
	void concealedDebuggingGoesOutAsPlainBusy() {
		PresenceWire wire = concealing.encode(Presence.of(PresenceState.DEBUGGING));
		assertEquals(XmppShow.DND, wire.show());
		assertEquals("Busy", wire.status());
		assertEquals("busy", wire.tactState());
		assertNull(wire.activity());
	}

	@Test
	void concealedFocusStillTellsWhenYouAreFree() {
		PresenceWire wire = concealing.encode(new Presence(PresenceState.FOCUSING, "", QUARTER_TO_ELEVEN, null));
		assertEquals("Busy until 10:45", wire.status());
	}

	@Test
	void everyOnlineStateRoundTripsBetweenTactPeers() {
		Instant idle = Instant.parse("2025-03-10T08:00:00Z");
		for (PresenceState state : PresenceState.values()) {
			Presence sent = new Presence(state, "see the wiki", QUARTER_TO_ELEVEN, idle);
			Presence received = interpreter.interpret(revealing.encode(sent));
			if (state.show() == XmppShow.UNAVAILABLE) {
				assertEquals(PresenceState.OFFLINE, received.state());
			} else {
				assertEquals(sent, received, state.name());
			}
		}
	}

	@Test
	void standardShowsMapToTheNearestState() {
		assertEquals(PresenceState.AVAILABLE, interpretStandard(XmppShow.NONE, "").state());
		assertEquals(PresenceState.AVAILABLE, interpretStandard(XmppShow.CHAT, "").state());
		assertEquals(PresenceState.AWAY, interpretStandard(XmppShow.AWAY, "").state());
		assertEquals(PresenceState.OFF_WORK, interpretStandard(XmppShow.XA, "").state());
		assertEquals(PresenceState.BUSY, interpretStandard(XmppShow.DND, "").state());
		assertEquals(PresenceState.OFFLINE, interpretStandard(XmppShow.UNAVAILABLE, "").state());
	}

	@Test
	void dndSayingDoNotDisturbIsDoNotDisturb() {
		Presence presence = interpretStandard(XmppShow.DND, "Do not disturb \u2014 presenting");
		assertEquals(PresenceState.DO_NOT_DISTURB, presence.state());
		assertEquals("presenting", presence.note());
		assertEquals(PresenceState.DO_NOT_DISTURB, interpretStandard(XmppShow.DND, "DND please").state());
	}

	@Test
	void dndSayingOnACallIsInACall() {
		assertEquals(PresenceState.IN_A_CALL, interpretStandard(XmppShow.DND, "On a call with Contoso").state());
	}

	@Test
	void awaySayingBeRightBackIsBeRightBack() {
		assertEquals(PresenceState.BE_RIGHT_BACK, interpretStandard(XmppShow.AWAY, "brb, coffee").state());
	}

	@Test
	void aStandardClientsStatusIsKeptAsTheNote() {
		Presence presence = interpretStandard(XmppShow.DND, "In a meeting - talk later");
		assertEquals(PresenceState.BUSY, presence.state());
		assertEquals("In a meeting - talk later", presence.note());
	}

	@Test
	void anUnknownTactStateFallsBackToTheShow() {
		PresenceWire wire = new PresenceWire(XmppShow.AWAY, "Away", "hibernating", null, null, null);
		assertEquals(PresenceState.AWAY, interpreter.interpret(wire).state());
	}

	@Test
	void aTactStateThatContradictsTheShowIsIgnored() {
		PresenceWire wire = new PresenceWire(XmppShow.DND, "Busy", "available", null, QUARTER_TO_ELEVEN, null);
		Presence presence = interpreter.interpret(wire);
		assertEquals(PresenceState.BUSY, presence.state());
		assertNull(presence.until());
	}

	@Test
	void theExtensionCannotClaimAppearOffline() {
		PresenceWire wire = new PresenceWire(XmppShow.NONE, "", "appear-offline", null, null, null);
		assertEquals(PresenceState.AVAILABLE, interpreter.interpret(wire).state());
	}

	@Test
	void aKnownActivityWithoutAStateIsStillUnderstood() {
		PresenceWire wire = new PresenceWire(XmppShow.DND, "Busy", "from-the-future", "debugging", null, null);
		assertEquals(PresenceState.DEBUGGING, interpreter.interpret(wire).state());
	}

	@Test
	void garbageFromPeersNeverThrows() {
		Random random = new Random(7);
		for (int i = 0; i < 2000; i++) {
			XmppShow show = XmppShow.values()[random.nextInt(XmppShow.values().length)];
			PresenceWire wire = new PresenceWire(show, garbage(random), garbage(random), garbage(random),
					random.nextBoolean() ? null : Instant.ofEpochSecond(random.nextInt()), null);
			Presence presence = interpreter.interpret(wire);
			assertNotNull(presence.state());
			assertEquals(show == XmppShow.UNAVAILABLE, presence.state() == PresenceState.OFFLINE);
		}
	}

	private Presence interpretStandard(XmppShow show, String status) {
		return interpreter.interpret(PresenceWire.standard(show, status));
	}

	private static String garbage(Random random) {
		if (random.nextInt(5) == 0) {
			return null;
		}
		String[] pieces = { "busy", "dnd", " \u2014 ", "until 25:99", "do-not-disturb", "focus", "\n", "\u0000", "\uD83D",
				"In a call", "x", ": ", "AVAILABLE", "offline" };
		StringBuilder text = new StringBuilder();
		for (int n = random.nextInt(4); n >= 0; n--) {
			text.append(pieces[random.nextInt(pieces.length)]);
		}
		return text.toString();
	}
}
