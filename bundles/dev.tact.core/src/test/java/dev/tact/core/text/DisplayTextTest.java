package dev.tact.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DisplayTextTest {

	@Test
	void directionOverridesAndControlsNeverReachAWidget() {
		assertEquals("evil.exe", DisplayText.line("evil\u202E.exe\u0007", 80));
		assertEquals("Dana", DisplayText.line("\u2066Dana\u2069\u0000", 80));
		assertEquals("a b", DisplayText.line("a\t\t b", 80));
	}

	@Test
	void aLineIsTheFirstLineCutWithAnEllipsis() {
		assertEquals("Release 2.1", DisplayText.line("Release 2.1\nblockers: two", 80));
		assertEquals("abcd\u2026", DisplayText.line("abcdefgh", 5));
		assertEquals("short", DisplayText.line("short", 5));
	}

	@Test
	void joinedKeepsEveryLineOnOne() {
		assertEquals("in a meeting talk later", DisplayText.joined("in a meeting\r\ntalk later", 80));
	}

	@Test
	void aBlockKeepsLineBreaksOnly() {
		assertEquals("Team lead\nBerlin", DisplayText.block("Team lead\u202E\r\nBerlin\u0008", 80));
	}

	@Test
	void aBodyKeepsEveryCharacterInPlaceAndShowsTheDeceivingOnesForWhatTheyAre() {
		String code = "\tif (isAdmin) {\r\n    /* \u202E } \u2066if (isAdmin)\u2069 \u2066 begin admins only */\n\u001B[31mred\u007F\u0085";
		assertEquals("\tif (isAdmin) {\n    /* [U+202E] } [U+2066]if (isAdmin)[U+2069] [U+2066] begin admins only */\n"
				+ "\u241B[31mred\u2421\uFFFD", DisplayText.body(code));
		String plain = "  indented\n\tand tabbed, with \uD83D\uDE00 and \u00E9";
		assertSame(plain, DisplayText.body(plain), "nothing to show otherwise: the very same text");
	}

	@Test
	void aCutNeverSplitsASurrogatePair() {
		String cut = DisplayText.line("ab\uD83D\uDE00cd", 4);
		assertTrue(!Character.isHighSurrogate(cut.charAt(cut.length() - 2)), cut);
	}

	@Test
	void aMegabyteIsCutWithoutBeingScannedWhole() {
		String huge = "x".repeat(1 << 20);
		assertEquals(60, DisplayText.line(huge, 60).length());
		assertEquals(60, DisplayText.block(huge, 60).length());
	}
}
