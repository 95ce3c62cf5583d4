package dev.tact.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.Predicate;

import org.eclipse.swt.custom.CLabel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.tact.core.port.PeerPresenceEvent;
import dev.tact.core.presence.PresenceWire;
import dev.tact.core.presence.XmppShow;
import dev.tact.ide.internal.IdeAutomation;
import dev.tact.tests.harness.PulseAudioDaemon;
import dev.tact.ui.internal.presence.PresenceStatusControl;
import dev.tact.ui.tests.fixture.DisplayLoop;
import dev.tact.ui.tests.fixture.Ide;
import dev.tact.ui.tests.fixture.Notifications;
import dev.tact.ui.tests.fixture.Peer;
import dev.tact.ui.tests.fixture.PreferencePages;
import dev.tact.ui.tests.fixture.SignedInWorkbench;
import dev.tact.ui.tests.fixture.TestAudio;
import dev.tact.ui.tests.fixture.Widgets;

/**
 * In a call when another application records from the microphone: {@code parecord} on the test's own PulseAudio
 * daemon (a null source as the microphone) makes a real peer see "In a call", and stopping it brings Available back.
 * Recording the desktop's sound (a sink's monitor) and a level meter do not count; sounds are muted during the call.
 */
class CallPresenceInIdeTest {

	private static final String DETECT = "Busy \u2013 In a Call while another application uses the microphone";
	private static final String NAME_IT = "In a call, tell others which application";
	/** The microphone watch may be waiting out its retry when the test's sound server starts: up to 10 s. */
	private static final Duration NOTICED = Duration.ofSeconds(40);
	private static SignedInWorkbench workbench;
	private static Peer watcher;
	private static PulseAudioDaemon audio;

	@BeforeAll
	static void signIn() throws Exception {
		workbench = SignedInWorkbench.start();
		audio = TestAudio.speakers();
		watcher = workbench.peer("watcher");
		workbench.befriend(watcher, "Team");
		IdeAutomation.start();
		DisplayLoop.until(NOTICED, "the peer sees us Available", () -> seen(w -> w.show() == XmppShow.NONE));
	}

	@AfterEach
	void hangUp() {
		audio.stopClients();
		PreferencePages.change(PreferencePages.PRESENCE, DETECT, true);
		PreferencePages.change(PreferencePages.PRESENCE, NAME_IT, false);
		DisplayLoop.until(NOTICED, "Available again", () -> seen(w -> w.show() == XmppShow.NONE));
		Notifications.closeAll();
	}

	@AfterAll
	static void signOut() {
		workbench.close();
	}

	@Test
	void recordingFromTheMicrophoneIsInACallForPeersAndStoppingIsAvailableAgain() {
		Process call = audio.client("parecord", "-d", PulseAudioDaemon.SOURCE, "/dev/null");
		DisplayLoop.until(NOTICED, "the peer sees us in a call", () -> seen(w -> w.show() == XmppShow.DND
				&& w.status().equals("In a call")));
		CLabel status = Widgets.require(Ide.shell(), PresenceStatusControl.ID, CLabel.class);
		DisplayLoop.until(Duration.ofSeconds(10), "the status bar says why", () -> status.getText().startsWith("Busy \u2013 In a Call")
				&& status.getToolTipText().contains("Automatic now: In a call (microphone in use)"));

		call.destroy();
		DisplayLoop.until(NOTICED, "Available once the recording stops", () -> seen(w -> w.show() == XmppShow.NONE));
	}

	@Test
	void recordingTheDesktopsSoundAndALevelMeterAreNoCall() {
		Process desktop = audio.client("parecord", "-d", PulseAudioDaemon.SINK + ".monitor", "/dev/null");
		Process meter = audio.client("parecord", "-d", PulseAudioDaemon.SOURCE, "--property=media.name=Peak detect",
				"/dev/null");
		Process call = audio.client("parecord", "-d", PulseAudioDaemon.SOURCE, "/dev/null");
		DisplayLoop.until(NOTICED, "in a call", () -> seen(w -> w.show() == XmppShow.DND));

		call.destroy();
		// were the other two a call, the state would stay: Available proves they are not
		DisplayLoop.until(NOTICED, "Available with only the monitor and the meter recording",
				() -> seen(w -> w.show() == XmppShow.NONE));
		assertTrue(desktop.isAlive() && meter.isAlive(), "both still recording");
	}

	@Test
	void inACallSoundsAreMutedWhileThePopupStillShows() throws Exception {
		audio.client("parecord", "-d", PulseAudioDaemon.SOURCE, "/dev/null");
		DisplayLoop.until(NOTICED, "in a call", () -> seen(w -> w.show() == XmppShow.DND));
		int before = audio.sounds();

		watcher.say(workbench.me(), "are you on the call?");
		DisplayLoop.until(Duration.ofSeconds(20), "the popup", () -> Notifications.containing("are you on the call?").isPresent());
		workbench.flushTo(watcher);
		assertEquals(before, audio.sounds(), "no chime during the call");
	}

	@Test
	void theApplicationIsNamedOnlyWhenTheUserAllowsIt() {
		PreferencePages.change(PreferencePages.PRESENCE, NAME_IT, true);
		audio.client("parecord", "-d", PulseAudioDaemon.SOURCE, "/dev/null");
		DisplayLoop.until(NOTICED, "the peer sees which application", () -> seen(w -> w.show() == XmppShow.DND
				&& w.status().equals("In a call \u2014 parecord")));
	}

	@Test
	void turningTheSwitchOffEndsTheCallAtOnceAndOnShowsTheRunningCallAgain() {
		audio.client("parecord", "-d", PulseAudioDaemon.SOURCE, "/dev/null");
		DisplayLoop.until(NOTICED, "in a call", () -> seen(w -> w.show() == XmppShow.DND));

		PreferencePages.change(PreferencePages.PRESENCE, DETECT, false);
		DisplayLoop.until(NOTICED, "Available while still recording", () -> seen(w -> w.show() == XmppShow.NONE));
		PreferencePages.change(PreferencePages.PRESENCE, DETECT, true);
		DisplayLoop.until(NOTICED, "in a call again", () -> seen(w -> w.show() == XmppShow.DND));
	}

	private static boolean seen(Predicate<PresenceWire> wire) {
		PeerPresenceEvent last = watcher.lastPresenceOf(workbench.me());
		return last != null && wire.test(last.wire());
	}
}
