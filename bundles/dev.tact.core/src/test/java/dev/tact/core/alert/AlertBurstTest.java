package dev.tact.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.tact.core.address.BareJid;
import dev.tact.core.address.ChatAddress;

class AlertBurstTest {

	private static final BareJid DANA = BareJid.parse("dana@example.org");
	private static final BareJid LEE = BareJid.parse("lee@example.org");
	private final AlertBurst burst = new AlertBurst();

	@Test
	void oneAlertIsShownAsItself() {
		burst.add(message(DANA, "hi"));
		assertFalse(burst.isSummary());
		assertEquals("hi", burst.latest().preview());
	}

	@Test
	void aFloodFromOnePersonIsCountedUnderTheirName() {
		for (int i = 0; i < 3; i++) {
			burst.add(message(DANA, "ping " + i));
		}
		assertTrue(burst.isSummary());
		assertEquals("3 new messages from Dana", burst.title(jid -> "Dana"));
		assertEquals("ping 2", burst.latest().preview());
	}

	@Test
	void severalPeopleAreCountedNotNamed() {
		burst.add(message(DANA, "a"));
		burst.add(message(LEE, "b"));
		burst.add(message(DANA, "c"));
		assertEquals("3 new messages from 2 people", burst.title(ChatAddress::toString));
	}

	@Test
	void anAlertThatAsksForAnAnswerShowsAsItselfAndWhatFollowsIsCountedWithIt() {
		burst.add(message(DANA, "a"));
		burst.add(new AlertEvent(EventKind.ADD_REQUEST, LEE, "Lee", false, Instant.EPOCH, null));
		assertFalse(burst.isSummary(), "the add request keeps its own answers on screen");
		assertEquals(EventKind.ADD_REQUEST, burst.latest().kind());

		burst.add(message(DANA, "b"));
		assertEquals("2 new alerts from 2 people", burst.title(ChatAddress::toString));
	}

	@Test
	void aClearedBurstStartsAgain() {
		burst.add(message(DANA, "a"));
		burst.add(message(DANA, "b"));
		burst.clear();
		burst.add(message(LEE, "c"));
		assertFalse(burst.isSummary());
		assertEquals(1, burst.size());
	}

	private static AlertEvent message(BareJid from, String text) {
		return new AlertEvent(EventKind.MESSAGE, from, text, false, Instant.EPOCH, null);
	}
}
