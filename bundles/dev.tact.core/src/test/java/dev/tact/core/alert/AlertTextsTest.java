package dev.tact.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.tact.core.address.BareJid;

class AlertTextsTest {

	private static final BareJid DANA = BareJid.parse("dana@example.org");
	private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");

	@Test
	void aTitleSaysWhoAndWhatAndAPreviewIsOneSafeLine() {
		AlertEvent urgent = new AlertEvent(EventKind.MESSAGE, DANA, "the build\u202E is red\nsecond line", true, NOW);
		assertEquals("Dana (urgent)", AlertTexts.title(urgent, jid -> "Dana"));
		assertEquals("Dana invites you to a group chat",
				AlertTexts.title(new AlertEvent(EventKind.INVITE, DANA, "", false, NOW), jid -> "Dana"));
		assertEquals("the build is red", AlertTexts.preview(urgent, 80));
	}
}
