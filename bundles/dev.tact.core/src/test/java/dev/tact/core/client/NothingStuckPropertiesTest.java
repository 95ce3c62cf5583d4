package dev.tact.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.tact.core.automation.CallPresence;
import dev.tact.core.automation.DebugPresence;
import dev.tact.core.automation.IdlePresence;
import dev.tact.core.chat.MemoryOutboxStorage;
import dev.tact.core.focus.FocusLength;
import dev.tact.core.focus.FocusStyle;
import dev.tact.core.port.DesktopIdlePort;
import dev.tact.core.port.MicrophoneUse;
import dev.tact.core.presence.PresenceState;
import dev.tact.core.presence.ResetAfter;
import dev.tact.core.testing.ManualScheduler;
import dev.tact.core.testing.MutableClock;

/**
 * DESIGN §3's promise that nothing is ever left stuck, over random interleavings of what a day brings: the user's
 * choices (with every "reset after"), note edits, debug sessions, focus sessions, calls (the microphone taken and
 * released, detection switched), idle periods and IDE restarts.
 * After every automatic source ends and every manual choice expires, the state is Available, or what the user last
 * chose without an end; never a leftover. Seeded, so a failure is reproducible from its case number.
 */
class NothingStuckPropertiesTest {

	private static final int CASES = 400;
	private static final int STEPS = 40;
	private static final List<PresenceState> MENU = List.of(PresenceState.values()).stream()
			.filter(PresenceState::isSelectableByUser).toList();

	/** One IDE session's automation on the client, as the ide bundle wires it. */
	private static final class Ide {
		final MutableClock clock;
		final ManualScheduler scheduler;
		final TactClient client;
		final DebugPresence debug;
		final IdlePresence idle;
		final CallPresence call;
		final List<Object> sessions = new ArrayList<>();

		Ide(MutableClock clock) {
			this.clock = clock;
			this.scheduler = new ManualScheduler(clock);
			this.client = new TactClient(clock, ZoneOffset.UTC, scheduler, (event, decision, queued) -> {
			}, new MemoryOutboxStorage());
			this.debug = new DebugPresence(client.presence(), scheduler, Duration.ofSeconds(20));
			this.idle = new IdlePresence(client.presence(), clock, Duration.ofMinutes(10),
					DesktopIdlePort.NONE);
			this.call = new CallPresence(client.presence(), scheduler, CallPresence.DEFAULT_GRACE);
		}
	}

	@Test
	void afterEveryAutomaticSourceEndsAndEveryChoiceExpiresNothingIsLeftOver() {
		Random random = new Random(11);
		for (int i = 0; i < CASES; i++) {
			MutableClock clock = MutableClock.atMondayMorning();
			Ide ide = new Ide(clock);
			PresenceState lastChoiceWithoutEnd = PresenceState.AVAILABLE;
			List<String> history = new ArrayList<>();
			for (int step = 0; step < STEPS; step++) {
				int action = random.nextInt(15);
				switch (action) {
				case 0, 1 -> {
					PresenceState state = MENU.get(random.nextInt(MENU.size()));
					ResetAfter reset = ResetAfter.values()[random.nextInt(ResetAfter.values().length)];
					ide.client.choosePresence(state, reset);
					lastChoiceWithoutEnd = state != PresenceState.AVAILABLE && reset == ResetAfter.NEVER ? state
							: PresenceState.AVAILABLE;
					history.add("choose " + state + " " + reset);
				}
				case 2 -> {
					ide.client.setPresenceNote(random.nextBoolean() ? "note " + step : "");
					history.add("note");
				}
				case 3 -> {
					Object session = new Object();
					ide.sessions.add(session);
					ide.debug.sessionStarted(session);
					history.add("debug start");
				}
				case 4 -> {
					if (!ide.sessions.isEmpty()) {
						ide.debug.sessionEnded(ide.sessions.remove(random.nextInt(ide.sessions.size())));
						history.add("debug end");
					}
				}
				case 5 -> {
					FocusLength length = random.nextBoolean() ? FocusLength.TWENTY_FIVE_MINUTES : FocusLength.UNTIL_STOPPED;
					ide.client.focus().start(length, random.nextBoolean() ? FocusStyle.BUSY_FOCUSING
							: FocusStyle.DO_NOT_DISTURB);
					history.add("focus " + length);
				}
				case 6 -> {
					ide.client.focus().stop();
					history.add("focus stop");
				}
				case 7 -> {
					ide.idle.input();
					history.add("input");
				}
				case 8 -> {
					ide.client.resetPresenceToAutomatic();
					lastChoiceWithoutEnd = PresenceState.AVAILABLE;
					history.add("reset to automatic");
				}
				case 10 -> {
					ide.call.microphone(MicrophoneUse.by(random.nextBoolean() ? "Zoom" : "Teams"));
					history.add("call starts");
				}
				case 11 -> {
					ide.call.microphone(MicrophoneUse.FREE);
					history.add("call ends");
				}
				case 12 -> {
					boolean on = random.nextBoolean();
					ide.call.setEnabled(on);
					ide.call.setRevealApplication(random.nextBoolean());
					history.add("call detection " + (on ? "on" : "off"));
				}
				case 9 -> {
					// the IDE is closed or killed and started again: automation and choices live in memory only
					ide.client.close();
					ide = new Ide(clock);
					lastChoiceWithoutEnd = PresenceState.AVAILABLE;
					history.add("restart");
				}
				default -> {
					Duration later = Duration.ofMinutes(random.nextInt(90));
					ide.scheduler.advance(later);
					ide.idle.check();
					ide.client.focus().refresh();
					history.add("+" + later.toMinutes() + " min");
				}
				}
			}
			endEverything(ide);
			assertEquals(lastChoiceWithoutEnd, ide.client.presence().effective().state(),
					"case " + i + ": " + history);
		}
	}

	/** Every automatic source ends as it would by itself, and a day passes so every timed choice expires. */
	private static void endEverything(Ide ide) {
		new ArrayList<>(ide.sessions).forEach(ide.debug::sessionEnded);
		ide.client.focus().stop();
		ide.call.microphone(MicrophoneUse.FREE);
		ide.idle.input();
		ide.scheduler.advance(Duration.ofDays(1));
		ide.idle.input(); // the person is back after the day passed
		ide.scheduler.runDue();
	}
}
