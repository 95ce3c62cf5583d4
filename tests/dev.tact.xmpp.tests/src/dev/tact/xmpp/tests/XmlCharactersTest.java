package dev.tact.xmpp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

import dev.tact.xmpp.internal.XmlCharacters;

class XmlCharactersTest {

	@Test
	void whatXmlCannotCarryBecomesAReplacementCharacterAndTheRestStays() {
		assertEquals("ring\uFFFD the bell", XmlCharacters.legal("ring\u0007 the bell"));
		assertEquals("nul\uFFFD lone\uFFFD pair\ud83d\ude42 tab\tline\n", XmlCharacters.legal("nul\u0000 lone\ud800 pair\ud83d\ude42 tab\tline\n"));
		assertEquals("\uFFFD\uFFFD", XmlCharacters.legal("\uFFFE\uFFFF"));
		String clean = "Release <2.1> & notes";
		assertSame(clean, XmlCharacters.legal(clean), "clean text is not copied");
		assertNull(XmlCharacters.legal(null));
	}
}
