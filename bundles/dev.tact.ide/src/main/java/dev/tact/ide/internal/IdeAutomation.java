package dev.tact.ide.internal;

import java.time.Clock;
import java.time.Duration;

import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.ui.PlatformUI;

import dev.tact.core.automation.DebugPresence;
import dev.tact.core.automation.IdlePresence;
import dev.tact.core.client.TactClient;
import dev.tact.ui.internal.preferences.TactPreferences;
import dev.tact.ui.internal.runtime.TactRuntime;

/**
 * Presence that follows what one does in the IDE: Busy while debugging, Away when idle, and the digest when a focus
 * session ends. Started once with the workbench.
 */
public final class IdeAutomation {

	private static final int IDLE_CHECK_MS = 30_000;
	private static volatile IdeAutomation instance;

	private final DebugPresence debug;
	private final IdlePresence idle;
	private final DebugEventsBridge debugEvents;
	private final IdleInputBridge input;
	private final IPreferenceChangeListener preferences = event -> applyPreferences();

	private IdeAutomation(TactRuntime runtime) {
		TactClient client = runtime.client();
		debug = new DebugPresence(client.presence(), runtime.scheduler(), DebugPresence.DEFAULT_GRACE);
		idle = new IdlePresence(client.presence(), Clock.systemDefaultZone(), Duration.ofMinutes(TactPreferences.idleMinutes()));
		debugEvents = new DebugEventsBridge(debug);
		input = new IdleInputBridge(idle, PlatformUI.getWorkbench().getDisplay(), IDLE_CHECK_MS);
		client.focus().addListener(new FocusDigestPresenter(runtime));
	}

	/** Starts automation once; later calls return the running instance. */
	public static synchronized IdeAutomation start() {
		if (instance == null) {
			IdeAutomation automation = new IdeAutomation(TactRuntime.get());
			automation.applyPreferences();
			automation.debugEvents.install();
			automation.input.install();
			TactPreferences.node().addPreferenceChangeListener(automation.preferences);
			instance = automation;
		}
		return instance;
	}



	/** For tests: a shorter grace period after the last debug session than the default. */
	public void setDebugGrace(Duration grace) {
		debug.setGrace(grace);
	}

	/** For tests: a shorter idle threshold and check period than any user would choose. */
	public void setIdleTiming(Duration threshold, int checkEveryMs) {
		idle.setThreshold(threshold);
		input.setCheckEveryMs(checkEveryMs);
	}

	private void applyPreferences() {
		debug.setSuspendedOnly(TactPreferences.debugSuspendedOnly());
		idle.setThreshold(Duration.ofMinutes(TactPreferences.idleMinutes()));
	}
}
