package dev.tact.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.jdt.core.IJavaProject;
import org.eclipse.jdt.launching.IJavaLaunchConfigurationConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.tact.core.presence.PresenceArbiter;
import dev.tact.core.presence.PresenceState;
import dev.tact.ide.internal.IdeAutomation;
import dev.tact.tests.harness.Await;
import dev.tact.ui.internal.runtime.TactRuntime;
import dev.tact.ui.tests.fixture.PreferencePages;

/** A real JDT debug launch makes one Busy – Debugging; its end brings Available back after the grace period. */
class DebugPresenceInIdeTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);
	private static final String GRACE = "Stay Busy this many seconds after a debug session ends";
	private ILaunch launch;

	@BeforeEach
	void start() {
		IdeAutomation.start();
		PreferencePages.change(PreferencePages.PRESENCE, GRACE, "1");
	}

	@AfterEach
	void stop() throws Exception {
		if (launch != null && !launch.isTerminated()) {
			launch.terminate();
		}
		PreferencePages.change(PreferencePages.PRESENCE, "During every debug session", true);
		PreferencePages.change(PreferencePages.PRESENCE, GRACE, "20");
	}

	@Test
	void debugLaunchIsBusyDebuggingAndTerminationReturnsAvailableAfterTheGraceSetInPreferences() throws Exception {
		ILaunchConfigurationWorkingCopy config = waits("debuggee");
		PresenceArbiter arbiter = TactRuntime.get().client().presence();

		launch = config.launch(ILaunchManager.DEBUG_MODE, null);

		Await.until(TIMEOUT, "Busy – Debugging", () -> arbiter.effective().state() == PresenceState.DEBUGGING);
		launch.terminate();
		Await.until(TIMEOUT, "Available after the grace period", () -> arbiter.effective().state() == PresenceState.AVAILABLE);
		assertEquals(PresenceState.AVAILABLE, arbiter.effective().state());
	}

	@Test
	void withOnlyWhileSuspendedChosenARunningSessionStaysAvailableAndABreakpointMakesBusy() throws Exception {
		PreferencePages.change(PreferencePages.PRESENCE, "Only while suspended at a breakpoint", true);
		ILaunchConfigurationWorkingCopy config = waits("debuggee-suspended");
		PresenceArbiter arbiter = TactRuntime.get().client().presence();

		launch = config.launch(ILaunchManager.DEBUG_MODE, null);
		Await.until(TIMEOUT, "the debug target runs", () -> launch.getDebugTarget() != null
				&& !launch.getDebugTarget().isSuspended());
		assertEquals(PresenceState.AVAILABLE, arbiter.effective().state(), "running is not busy with this choice");

		launch.getDebugTarget().suspend();
		Await.until(TIMEOUT, "Busy – Debugging once suspended", () -> arbiter.effective().state() == PresenceState.DEBUGGING);
		launch.getDebugTarget().resume();
		Await.until(TIMEOUT, "Available after resuming and the grace", () -> arbiter.effective().state()
				== PresenceState.AVAILABLE);
	}

	/** A debug configuration of a small program that waits a minute, in a fresh project {@code name}. */
	private static ILaunchConfigurationWorkingCopy waits(String name) throws Exception {
		IJavaProject project = JavaProjects.create(name, "Waits",
				"public class Waits { public static void main(String[] a) throws Exception { Object lock = new Object(); synchronized (lock) { lock.wait(60_000); } } }");
		ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
		ILaunchConfigurationType type = manager.getLaunchConfigurationType(IJavaLaunchConfigurationConstants.ID_JAVA_APPLICATION);
		ILaunchConfigurationWorkingCopy config = type.newInstance(null, name);
		config.setAttribute(IJavaLaunchConfigurationConstants.ATTR_PROJECT_NAME, project.getElementName());
		config.setAttribute(IJavaLaunchConfigurationConstants.ATTR_MAIN_TYPE_NAME, "Waits");
		return config;
	}
}
