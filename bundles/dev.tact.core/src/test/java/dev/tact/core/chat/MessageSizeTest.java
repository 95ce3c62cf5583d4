package dev.tact.core.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MessageSizeTest {

	@Test
	void countsUtf8BytesAfterXmlEscaping() {
		assertEquals(5, MessageSize.wireBytes("hello"));
		assertEquals(5 + 4 + 4 + 6 + 6, MessageSize.wireBytes("&<>\"'"));
		assertEquals(2 + 3 + 4, MessageSize.wireBytes("\u00e9\u20ac\ud83d\ude42"), "é, €, and an emoji outside the BMP");
	}

	@Test
	void theLimitIsOnWhatGoesOnTheWireNotOnCharacters() {
		assertTrue(MessageSize.fits("x".repeat(MessageSize.MAX_BODY_BYTES)));
		assertFalse(MessageSize.fits("x".repeat(MessageSize.MAX_BODY_BYTES + 1)));
		assertFalse(MessageSize.fits("&".repeat(MessageSize.MAX_BODY_BYTES / 4)), "escaping makes it five times longer");
	}

	@Test
	void saysHowBigAndWhatToDo() {
		assertEquals("This message is 60 KB; at most 48 KB goes as one message. Send it as a file, or shorten it.",
				MessageSize.tooLong("x".repeat(60 * 1024)));
	}
}
