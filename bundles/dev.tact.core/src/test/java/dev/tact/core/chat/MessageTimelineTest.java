package dev.tact.core.chat;

import static dev.tact.core.chat.Messages.fromDana;
import static dev.tact.core.chat.Messages.fromMe;
import static dev.tact.core.chat.Messages.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class MessageTimelineTest {

	private final MessageTimeline timeline = new MessageTimeline();

	@Test
	void ordersByServerTimestampEvenWhenArchiveArrivesLate() {
		timeline.add(fromDana("c", 30, "third"));
		timeline.add(fromDana("a", 10, "first"));
		timeline.add(fromMe("b", 20, "second"));
		assertEquals("a,b,c", ids(timeline.last(10)));
	}

	@Test
	void equalTimestampsKeepArrivalOrder() {
		timeline.add(fromDana("x", 5, "one"));
		timeline.add(fromMe("y", 5, "two"));
		timeline.add(fromDana("z", 5, "three"));
		assertEquals("x,y,z", ids(timeline.last(10)));
	}

	@Test
	void carbonEchoOfTheSameOriginIdIsNotShownTwice() {
		assertTrue(timeline.add(fromMe("m1", 1, "hello")));
		assertFalse(timeline.add(fromMe("m1", 1, "hello").withStanzaId("archive-7")));
		assertEquals(1, timeline.size());
		assertEquals("archive-7", timeline.find(MessageId.of("m1")).orElseThrow().stanzaId());
	}

	@Test
	void archiveCopyWithAnotherIdButSameStanzaIdIsNotShownTwice() {
		timeline.add(fromDana("live-id", 1, "hi").withStanzaId("s-1"));
		assertFalse(timeline.add(fromDana("other-id", 1, "hi").withStanzaId("s-1")));
		assertEquals(1, timeline.size());
	}

	@Test
	void archiveCopyOfOurMessageMovesItToSent() {
		timeline.add(fromMe("m1", 1, "hello"));
		timeline.add(fromMe("m1", 1, "hello").advancedTo(DeliveryState.SENT));
		assertEquals(DeliveryState.SENT, timeline.find(MessageId.of("m1")).orElseThrow().delivery());
	}

	@Test
	void archivePageAddedAtOnceIsSortedAndDeduplicated() {
		timeline.add(fromDana("live", 100, "latest"));
		int added = timeline.addAll(List.of(fromDana("old2", 20, "b"), fromDana("old1", 10, "a"),
				fromDana("live", 100, "latest")));
		assertEquals(2, added);
		assertEquals("old1,old2,live", ids(timeline.last(10)));
	}

	@Test
	void lastPageOfFiftyThousandMessagesHoldsTheNewestOldestFirst() {
		List<ChatMessage> history = new ArrayList<>();
		for (int i = 0; i < 50_000; i++) {
			history.add(fromDana("m" + i, i, "message " + i));
		}
		timeline.addAll(history);
		MessagePage page = timeline.last(3);
		assertEquals("m49997,m49998,m49999", ids(page));
		assertTrue(page.hasEarlier());
		assertEquals("m49994,m49995,m49996", ids(timeline.before(MessageId.of("m49997"), 3)));
	}

	@Test
	void pagingBeforeTheFirstMessageSaysThereIsNothingEarlier() {
		timeline.add(fromDana("a", 1, "first"));
		timeline.add(fromDana("b", 2, "second"));
		MessagePage page = timeline.before(MessageId.of("b"), 10);
		assertEquals("a", ids(page));
		assertFalse(page.hasEarlier());
		assertTrue(timeline.before(MessageId.of("unknown"), 10).isEmpty());
	}
}
