package dev.tact.core.focus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.address.BareJid;
import dev.tact.core.alert.AlertEvent;
import dev.tact.core.alert.EventKind;
import dev.tact.core.presence.PresenceArbiter;
import dev.tact.core.testing.MutableClock;
import java.util.List;
import org.junit.jupiter.api.Test;

class FocusDigestTest {

	private static final BareJid DANA = BareJid.parse("dana@example.org");
	private static final BareJid LEE = BareJid.parse("lee@example.org");
	private static final BareJid SAM = BareJid.parse("sam@example.org");

	private final MutableClock clock = MutableClock.atMondayMorning();
	private final FocusSession focus = new FocusSession(new PresenceArbiter(clock), clock);

	@Test
	void anEmptySessionGivesAnEmptyDigest() {
		focus.start(FocusLength.TWENTY_FIVE_MINUTES, FocusStyle.BUSY_FOCUSING);
		FocusDigest digest = focus.stop().orElseThrow();
		assertTrue(digest.isEmpty());
		assertEquals(0, digest.totalCount());
	}

	@Test
	void theDigestTellsWhoWroteHowManyAndTheirFirstLines() {
		FocusDigest digest = collect(
				event(DANA, EventKind.MESSAGE, "\n  Got a moment to discuss the Contoso account?\nDetails below", false),
				event(LEE, EventKind.INVITE, "Join the release room", false),
				event(DANA, EventKind.MESSAGE, "ping", false));

		assertEquals(List.of(DANA, LEE), digest.senders().stream().map(SenderDigest::from).toList());
		SenderDigest dana = digest.senders().get(0);
		assertEquals(2, dana.count());
		assertEquals(List.of("Got a moment to discuss the Contoso account?", "ping"),
				dana.lines().stream().map(DigestLine::firstLine).toList());
		assertEquals(3, digest.totalCount());
	}

	@Test
	void longFirstLinesAreTruncatedWithAnEllipsis() {
		FocusDigest digest = collect(event(DANA, EventKind.MESSAGE, "y".repeat(500), false));
		String line = digest.senders().get(0).lines().get(0).firstLine();
		assertEquals(FocusDigest.MAX_LINE_LENGTH, line.length());
		assertTrue(line.endsWith("\u2026"));
	}

	@Test
	void sendersWithSomethingUrgentComeFirstAndTheirUrgentLinesAreMarked() {
		FocusDigest digest = collect(event(DANA, EventKind.MESSAGE, "fyi", false),
				event(SAM, EventKind.MESSAGE, "prod is down", true));
		SenderDigest first = digest.senders().get(0);
		assertEquals(SAM, first.from());
		assertTrue(first.hasUrgent());
		assertTrue(first.lines().get(0).urgent());
		assertEquals(1, digest.urgentCount());
	}

	@Test
	void aChattySenderIsCountedInFullButListedBriefly() {
		AlertEvent[] events = new AlertEvent[12];
		for (int i = 0; i < events.length; i++) {
			events[i] = event(DANA, EventKind.MESSAGE, "message " + i, i == 9);
		}
		SenderDigest dana = collect(events).senders().get(0);
		assertEquals(12, dana.count());
		assertEquals(FocusDigest.MAX_LINES_PER_SENDER, dana.lines().size());
		assertTrue(dana.lines().stream().anyMatch(DigestLine::urgent), "the urgent line is never cut");
		assertEquals(7, dana.unlistedCount());
	}

	private FocusDigest collect(AlertEvent... events) {
		focus.start(FocusLength.FIFTY_MINUTES, FocusStyle.BUSY_FOCUSING);
		for (AlertEvent event : events) {
			focus.record(event);
			clock.advanceMinutes(1);
		}
		return focus.stop().orElseThrow();
	}

	private AlertEvent event(BareJid from, EventKind kind, String preview, boolean urgent) {
		return new AlertEvent(kind, from, preview, urgent, clock.instant());
	}
}
