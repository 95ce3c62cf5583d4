package dev.tact.core.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PresenceTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Test
	void busyWithNoteShowsTheNoteAfterADash() {
		assertEquals("Busy \u2014 release review", Presence.of(PresenceState.BUSY, "release review").statusText(BERLIN));
	}

	@Test
	void focusingShowsItsEndInTheGivenZone() {
		Presence focusing = new Presence(PresenceState.FOCUSING, "", Instant.parse("2025-03-10T09:45:00Z"), null);
		assertEquals("Focusing until 10:45", focusing.statusText(BERLIN));
		assertEquals("Focusing until 09:45", focusing.statusText(ZoneOffset.UTC));
		assertEquals("Busy \u2013 Focusing until 10:45", focusing.label(BERLIN));
	}

	@Test
	void inACallAndDoNotDisturbUseTheirOwnWords() {
		assertEquals("In a call", Presence.of(PresenceState.IN_A_CALL).statusText(BERLIN));
		assertEquals("Do not disturb", Presence.of(PresenceState.DO_NOT_DISTURB).statusText(BERLIN));
	}

	@Test
	void availableShowsOnlyItsNote() {
		assertEquals("", Presence.available().statusText(BERLIN));
		assertEquals("working from home", Presence.of(PresenceState.AVAILABLE, "working from home").statusText(BERLIN));
	}

	@Test
	void offlineStatesRevealNothing() {
		assertEquals("", Presence.of(PresenceState.APPEAR_OFFLINE, "secret").statusText(BERLIN));
		assertEquals("", Presence.of(PresenceState.OFFLINE, "gone").statusText(BERLIN));
	}

	@Test
	void noteIsNeverNullAndIsStrippedToOneLine() {
		assertEquals("", new Presence(PresenceState.AWAY, null, null, null).note());
		assertEquals("in training room 4", Presence.of(PresenceState.AWAY, "  in training\nroom 4 \t").note());
	}

	@Test
	void longNotesAreCappedAtASaneLength() {
		String note = Presence.of(PresenceState.BUSY, "x".repeat(5000)).note();
		assertEquals(Presence.MAX_NOTE_LENGTH, note.length());
	}

	@Test
	void cappingNeverSplitsASurrogatePair() {
		String emoji = "\uD83D\uDE00";
		String note = Presence.of(PresenceState.BUSY, "a" + emoji.repeat(Presence.MAX_NOTE_LENGTH)).note();
		assertTrue(note.length() <= Presence.MAX_NOTE_LENGTH);
		assertTrue(!Character.isHighSurrogate(note.charAt(note.length() - 1)));
	}

	@Test
	void aPresenceNeedsAState() {
		assertThrows(NullPointerException.class, () -> new Presence(null, "", null, null));
	}
}
