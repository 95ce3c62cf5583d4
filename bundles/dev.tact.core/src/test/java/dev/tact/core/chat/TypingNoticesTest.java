package dev.tact.core.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import dev.tact.core.testing.ManualScheduler;
import dev.tact.core.testing.MutableClock;

class TypingNoticesTest {

	private final MutableClock clock = MutableClock.atMondayMorning();
	private final ManualScheduler scheduler = new ManualScheduler(clock);
	private final List<ChatState> told = new CopyOnWriteArrayList<>();
	private final TypingNotices notices = new TypingNotices(clock, scheduler, told::add); // every notice is told

	@Test
	void typingTellsComposingOnceNotPerKeystroke() {
		notices.draftChanged("G");
		notices.draftChanged("Go");
		notices.draftChanged("Got a moment");

		assertEquals(List.of(ChatState.COMPOSING), told);
	}

	@Test
	void stoppingForAWhileTellsPausedAndTypingAgainTellsComposing() {
		notices.draftChanged("Got a moment");
		scheduler.advance(Duration.ofSeconds(3));
		notices.draftChanged("Got a moment to");
		scheduler.advance(Duration.ofSeconds(3));
		assertEquals(List.of(ChatState.COMPOSING), told, "still typing: 3 s since the last keystroke");

		scheduler.advance(Duration.ofSeconds(2));
		assertEquals(List.of(ChatState.COMPOSING, ChatState.PAUSED), told);

		notices.draftChanged("Got a moment to talk");
		assertEquals(List.of(ChatState.COMPOSING, ChatState.PAUSED, ChatState.COMPOSING), told);
	}

	@Test
	void emptyingTheDraftTellsActiveButSendingTellsNothingMore() {
		notices.draftChanged("oops");
		notices.draftChanged("");
		assertEquals(List.of(ChatState.COMPOSING, ChatState.ACTIVE), told);

		notices.draftChanged("Got a moment?");
		notices.sent();
		notices.draftChanged("");
		scheduler.advance(Duration.ofSeconds(10));

		assertEquals(List.of(ChatState.COMPOSING, ChatState.ACTIVE, ChatState.COMPOSING), told,
				"the message itself carries 'active'; an emptied input after sending says nothing");
	}

	@Test
	void anEmptyDraftAtTheStartSaysNothing() {
		notices.draftChanged("");
		notices.draftChanged("   ");

		assertEquals(List.of(), told);
	}
}
