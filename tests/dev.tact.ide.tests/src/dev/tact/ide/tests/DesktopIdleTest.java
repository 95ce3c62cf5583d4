package dev.tact.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.tact.core.port.PeerPresenceEvent;
import dev.tact.core.presence.XmppShow;
import dev.tact.ide.internal.IdeAutomation;
import dev.tact.ui.tests.fixture.DisplayLoop;
import dev.tact.ui.tests.fixture.Ide;
import dev.tact.ui.tests.fixture.Peer;
import dev.tact.ui.tests.fixture.PreferencePages;
import dev.tact.ui.tests.fixture.SignedInWorkbench;

/**
 * Away when the person is away, not when the IDE is in the background: the desktop's idle time (Xvfb has the screen
 * saver extension) makes a real peer see Away after the minute chosen in Preferences, input in another part of the
 * screen, which Eclipse never sees, brings Available back, and a screen saver (a locked screen) is Away at once.
 */
class DesktopIdleTest {

	private static final String AWAY_AFTER = "Away after this many minutes";
	private static final Duration IDLE_WAIT = Duration.ofSeconds(100);
	private static SignedInWorkbench workbench;
	private static Peer watcher;

	@BeforeAll
	static void signIn() throws Exception {
		workbench = SignedInWorkbench.start();
		watcher = workbench.peer("watcher");
		workbench.befriend(watcher, "Team");
		IdeAutomation.start();
	}

	@AfterAll
	static void signOut() throws Exception {
		PreferencePages.change(PreferencePages.PRESENCE, AWAY_AFTER, "10");
		xset("s", "reset");
		workbench.close();
	}

	@Test
	void aMinuteWithoutInputAnywhereIsAwayAndInputElsewhereOnTheDesktopBringsAvailableBack() throws Exception {
		PreferencePages.change(PreferencePages.PRESENCE, AWAY_AFTER, "1");
		xdotool("mousemove", "1500", "950"); // the pointer rests outside the IDE's window
		DisplayLoop.until(IDLE_WAIT, "the peer sees us Away after a minute", () -> show() == XmppShow.AWAY);
		assertNotNull(watcher.lastPresenceOf(workbench.me()).wire().idleSince(), "with the idle time (XEP-0319)");

		AtomicInteger reachedEclipse = new AtomicInteger();
		Listener counter = event -> reachedEclipse.incrementAndGet();
		Display display = Display.getCurrent();
		for (int type : List.of(SWT.MouseMove, SWT.KeyDown, SWT.MouseDown)) {
			display.addFilter(type, counter);
		}
		try {
			xdotool("mousemove", "1550", "980");
			DisplayLoop.until(Duration.ofSeconds(20), "Available again for the peer", () -> show() == XmppShow.NONE);
		} finally {
			for (int type : List.of(SWT.MouseMove, SWT.KeyDown, SWT.MouseDown)) {
				display.removeFilter(type, counter);
			}
		}
		assertEquals(0, reachedEclipse.get(), "the input happened outside the IDE");
	}

	@Test
	void theScreenSaverComingOnIsAwayAtOnce() throws Exception {
		PreferencePages.change(PreferencePages.PRESENCE, AWAY_AFTER, "10");
		xset("s", "activate");
		DisplayLoop.until(Duration.ofSeconds(20), "Away while the screen is locked", () -> show() == XmppShow.AWAY);
		xset("s", "reset");
		DisplayLoop.until(Duration.ofSeconds(20), "Available once unlocked", () -> show() == XmppShow.NONE);
		Ide.shell().forceActive();
	}

	private static XmppShow show() {
		PeerPresenceEvent seen = watcher.lastPresenceOf(workbench.me());
		return seen == null ? null : seen.wire().show();
	}

	private static void xdotool(String... arguments) throws IOException, InterruptedException {
		run("xdotool", arguments);
	}

	private static void xset(String... arguments) throws IOException, InterruptedException {
		run("xset", arguments);
	}

	private static void run(String command, String... arguments) throws IOException, InterruptedException {
		List<String> line = new ArrayList<>(List.of(command));
		line.addAll(List.of(arguments));
		Process process = new ProcessBuilder(line).inheritIO().start();
		if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new AssertionError(line + " failed; install it with apt-get install xdotool x11-xserver-utils");
		}
	}
}
