package dev.tact.core.transcript;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.Author;
import dev.tact.core.chat.ChatMessage;
import dev.tact.core.chat.DeliveryState;
import dev.tact.core.chat.MessageId;

class TranscriptComposerTest {

	private static final BareJid ME = BareJid.parse("me@example.org");
	private static final BareJid DANA = BareJid.parse("dana@example.org");
	private static final Instant T0 = Instant.parse("2026-03-10T09:00:00Z");
	private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

	private final TranscriptComposer composer = new TranscriptComposer(DANA, "Dana", ZoneOffset.UTC, path -> false);

	@Test
	void aMessageTactGaveUpOnSaysSoWhereItsTicksWouldBe() {
		ChatMessage given = ChatMessage.outgoing(MessageId.random(), Author.of(ME), "the build log", T0)
				.advancedTo(DeliveryState.NOT_DELIVERED);

		String text = composer.compose(List.of(given), false, TODAY).text();

		assertTrue(text.contains("the build log  09:00 \u2717 not delivered"), text);
	}
}
