package dev.tact.ide.tests;

import static dev.tact.ui.tests.fixture.SignedInWorkbench.spinUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.jdt.launching.IJavaLaunchConfigurationConstants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.tact.core.port.PeerPresenceEvent;
import dev.tact.core.presence.XmppShow;
import dev.tact.ide.internal.IdeAutomation;
import dev.tact.ui.tests.fixture.PreferencePages;
import dev.tact.ui.tests.fixture.Peer;
import dev.tact.ui.tests.fixture.SignedInWorkbench;

/** A coworker on a real server sees "Debugging" while a JDT debug session runs, and Available after it ends. */
class DebuggingSeenByPeersTest {

	private static final String GRACE = "Stay Busy this many seconds after a debug session ends";
	private static SignedInWorkbench workbench;

	@BeforeAll
	static void signIn() throws Exception {
		workbench = SignedInWorkbench.start();
		IdeAutomation.start();
		PreferencePages.change(PreferencePages.PRESENCE, GRACE, "1");
	}

	@AfterAll
	static void signOut() {
		PreferencePages.change(PreferencePages.PRESENCE, GRACE, "20");
		workbench.close();
	}

	@Test
	void aPeerSeesDndDebuggingDuringADebugLaunchAndAvailableAfterTheGracePeriod() throws Exception {
		Peer dana = workbench.peer("dana");
		workbench.befriend(dana, "Team");
		spinUntil("dana sees me available", () -> show(dana) == XmppShow.NONE);
		JavaProjects.create("debuggee-peer", "Waits", "public class Waits { public static void main(String[] a) throws Exception "
				+ "{ Object lock = new Object(); synchronized (lock) { lock.wait(60_000); } } }");
		ILaunchConfigurationWorkingCopy config = DebugPlugin.getDefault().getLaunchManager()
				.getLaunchConfigurationType(IJavaLaunchConfigurationConstants.ID_JAVA_APPLICATION).newInstance(null, "WaitsPeer");
		config.setAttribute(IJavaLaunchConfigurationConstants.ATTR_PROJECT_NAME, "debuggee-peer");
		config.setAttribute(IJavaLaunchConfigurationConstants.ATTR_MAIN_TYPE_NAME, "Waits");

		ILaunch launch = config.launch(ILaunchManager.DEBUG_MODE, null);
		try {
			spinUntil("dana sees dnd", () -> show(dana) == XmppShow.DND);
			assertEquals("Debugging", dana.lastPresenceOf(workbench.me()).wire().status());
		} finally {
			launch.terminate();
		}
		spinUntil("dana sees me available again", () -> show(dana) == XmppShow.NONE);
	}

	private static XmppShow show(Peer peer) {
		PeerPresenceEvent seen = peer.lastPresenceOf(workbench.me());
		return seen == null ? null : seen.wire().show();
	}
}
