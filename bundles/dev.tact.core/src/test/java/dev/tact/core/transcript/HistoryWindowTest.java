package dev.tact.core.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.tact.core.chat.MessageId;

class HistoryWindowTest {

	@Test
	void opensOnOnePageAndNewMessagesWidenItSoLoadedHistoryStays() {
		HistoryWindow window = new HistoryWindow(120);
		assertEquals(HistoryWindow.PAGE, window.show(120));

		window.loadedEarlier(HistoryWindow.PAGE, 120);
		assertEquals(2 * HistoryWindow.PAGE, window.show(120));
		assertEquals(2 * HistoryWindow.PAGE + 3, window.show(123), "three new messages, none of the loaded ones pushed out");
	}

	@Test
	void aFloodSlidesTheWindowInsteadOfGrowingIt() {
		HistoryWindow window = new HistoryWindow(0);
		assertEquals(HistoryWindow.FOLLOWING, window.show(100_000));
		assertEquals(HistoryWindow.FOLLOWING, window.show(200_000));
	}

	@Test
	void loadingFarBackStopsAtTheMostAWindowHolds() {
		HistoryWindow window = new HistoryWindow(0);
		for (int i = 0; i < 100; i++) {
			window.loadedEarlier(HistoryWindow.PAGE, 0);
		}
		assertEquals(HistoryWindow.LOADED, window.show(0));
	}

	@Test
	void remembersWhichLongMessagesWereOpened() {
		HistoryWindow window = new HistoryWindow(0);
		MessageId id = MessageId.random();
		window.expand(id);
		assertTrue(window.expanded().contains(id));
	}
}
