package dev.tact.core.focus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tact.core.address.BareJid;
import dev.tact.core.alert.AlertEvent;
import dev.tact.core.alert.EventKind;
import dev.tact.core.presence.PresenceArbiter;
import dev.tact.core.testing.MutableClock;

class FocusAutoReplyTest {

	private static final BareJid DANA = BareJid.parse("dana@example.org");

	private final MutableClock clock = MutableClock.atMondayMorning();
	private final FocusSession focus = new FocusSession(new PresenceArbiter(clock), clock);
	private final List<String> sent = new ArrayList<>();
	private final FocusAutoReply reply = new FocusAutoReply(focus, ZoneId.of("UTC"), (to, text) -> sent.add(to + ": " + text));

	@Test
	void offByDefault() {
		focus.start(FocusLength.TWENTY_FIVE_MINUTES, FocusStyle.BUSY_FOCUSING);

		assertFalse(reply.messageArrived(message(DANA)));
		assertTrue(sent.isEmpty());
	}

	@Test
	void answersEachPersonOncePerSessionWithTheEndTime() {
		reply.setEnabled(true);
		focus.start(FocusLength.TWENTY_FIVE_MINUTES, FocusStyle.BUSY_FOCUSING);
		String end = DateTimeFormatter.ofPattern("HH:mm").format(focus.endsAt().orElseThrow().atZone(ZoneId.of("UTC")));

		reply.messageArrived(message(DANA));
		reply.messageArrived(message(DANA));

		assertEquals(List.of("dana@example.org: Focusing until " + end + " \u2014 I'll get back to you."), sent);
	}

	@Test
	void aNewSessionAnswersAgainAndNoSessionAnswersNothing() {
		reply.setEnabled(true);
		focus.start(FocusLength.UNTIL_STOPPED, FocusStyle.BUSY_FOCUSING);
		reply.messageArrived(message(DANA));
		focus.stop();

		assertFalse(reply.messageArrived(message(DANA)), "no session, no reply");
		focus.start(FocusLength.UNTIL_STOPPED, FocusStyle.BUSY_FOCUSING);
		assertTrue(reply.messageArrived(message(DANA)));
		assertTrue(sent.get(0).endsWith("Focusing \u2014 I'll get back to you."), sent.get(0));
	}

	private AlertEvent message(BareJid from) {
		return new AlertEvent(EventKind.MESSAGE, from, "ping", false, clock.instant());
	}
}
