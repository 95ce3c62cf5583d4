package dev.tact.core.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MessageExcerptTest {

	@Test
	void aShortMessageIsShownWhole() {
		String body = "line\n".repeat(MessageExcerpt.SHOWN_LINES - 1) + "last";
		assertFalse(MessageExcerpt.isLong(body));
		assertSame(body, MessageExcerpt.of(body));
	}

	@Test
	void aLongLogShowsItsFirstLines() {
		String log = "at dev.tact.Example.run(Example.java:12)\n".repeat(500);

		assertTrue(MessageExcerpt.isLong(log));
		assertEquals(MessageExcerpt.SHOWN_LINES - 1, MessageExcerpt.of(log).chars().filter(c -> c == '\n').count());
		assertEquals("Show all 501 lines (21 KB)", MessageExcerpt.showAllLabel(log));
	}

	@Test
	void oneEndlessLineShowsItsFirstCharactersWithoutSplittingAPair() {
		String line = "x".repeat(MessageExcerpt.SHOWN_CHARACTERS - 1) + "\ud83d\ude42" + "y".repeat(100_000);

		String shown = MessageExcerpt.of(line);
		assertEquals(MessageExcerpt.SHOWN_CHARACTERS - 1, shown.length(), "the emoji's pair is left whole, for later");
		assertTrue(MessageExcerpt.isLong(line));
	}
}
