package dev.tact.core.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FullJidTest {

	@Test
	void parsesResourceKeepingSlashesInside() {
		FullJid jid = FullJid.parse("Dana@Example.org/laptop/work");
		assertEquals(BareJid.parse("dana@example.org"), jid.bare());
		assertEquals("laptop/work", jid.resource());
		assertEquals("dana@example.org/laptop/work", jid.toString());
	}

	@Test
	void addressWithoutResourceNamesTheAccount() {
		FullJid jid = FullJid.parse("dana@example.org");
		assertFalse(jid.hasResource());
		assertEquals("dana@example.org", jid.toString());
		assertTrue(FullJid.parse("dana@example.org/phone").hasResource());
	}
}
