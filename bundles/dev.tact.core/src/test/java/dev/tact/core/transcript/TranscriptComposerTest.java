package dev.tact.core.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.Author;
import dev.tact.core.chat.ChatMessage;
import dev.tact.core.chat.DeliveryState;
import dev.tact.core.chat.MessageId;
import dev.tact.core.transcript.TranscriptDocument.Span;
import dev.tact.core.transcript.TranscriptDocument.Style;

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

	@Test
	void aLongMessageShowsItsStartAndShowAllUntilOpened() {
		String log = "line of a long build log\n".repeat(2_000);
		ChatMessage pasted = ChatMessage.incoming(MessageId.random(), Author.of(DANA), log, T0);

		TranscriptDocument cut = composer.compose(List.of(pasted), false, TODAY, Set.of(), Set.of());
		assertTrue(cut.text().length() < MessageExcerpt.SHOWN_CHARACTERS + 200, "only the start is laid out");
		Span showAll = cut.spans().stream().filter(s -> s.style() == Style.ACTION).findFirst().orElseThrow();
		assertEquals(TranscriptComposer.SHOW_ALL + pasted.id().value(), showAll.target());
		assertEquals("Show all 2,001 lines (49 KB)", cut.text().substring(showAll.start(), showAll.start() + showAll.length()));

		TranscriptDocument whole = composer.compose(List.of(pasted), false, TODAY, Set.of(), Set.of(pasted.id()));
		assertTrue(whole.text().contains(log), "opened, all of it");
	}

	@Test
	void aPeersBodyAndNameShowTheirHiddenDirectionMarksForWhatTheyAre() {
		ChatMessage trojan = ChatMessage.incoming(MessageId.random(), Author.nick("\u202Eanad"), "```\nif (admin) { /* \u202E } if (x) { */\n```", T0);
		TranscriptComposer inRoom = new TranscriptComposer(BareJid.parse("room@conference.example.org"), "Room", ZoneOffset.UTC,
				path -> false);

		String text = inRoom.compose(List.of(trojan), false, TODAY).text();

		assertTrue(text.contains("if (admin) { /* [U+202E] } if (x) { */"), text);
		assertTrue(text.contains("anad\n"), "the name without its override: " + text);
		assertTrue(!text.contains("\u202E"), text);
	}
}
