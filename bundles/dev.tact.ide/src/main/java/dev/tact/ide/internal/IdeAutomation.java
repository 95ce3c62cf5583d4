package dev.tact.ide.internal;

import java.time.Clock;
import java.time.Duration;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.ui.PlatformUI;

import dev.tact.core.automation.CallPresence;
import dev.tact.core.automation.DebugPresence;
import dev.tact.core.automation.IdlePresence;
import dev.tact.core.client.TactClient;
import dev.tact.core.port.DesktopIdlePort;
import dev.tact.core.port.MicrophonePort;
import dev.tact.ide.internal.idle.DesktopIdleSources;
import dev.tact.ide.internal.microphone.MicrophoneSources;
import dev.tact.ui.internal.preferences.TactPreferences;
import dev.tact.ui.internal.runtime.TactRuntime;

/**
 * Presence that follows what one does in the IDE and at the desk: Busy while debugging, In a Call while another
 * application uses the microphone, Away when idle, and the digest when a focus session ends. Started once with the workbench.
 */
public final class IdeAutomation {

	/** How often the desktop is asked how long the person has been idle (a few microseconds on X11). */
	private static final Duration IDLE_CHECK = Duration.ofSeconds(5);
	private static volatile IdeAutomation instance;

	private final DebugPresence debug;
	private final CallPresence call;
	private final MicrophonePort microphone;
	private final IdlePresence idle;
	private final DebugEventsBridge debugEvents;
	private final IdleInputBridge input;
	private final IPreferenceChangeListener preferences = event -> applyPreferences();

	private IdeAutomation(TactRuntime runtime) {
		TactClient client = runtime.client();
		debug = new DebugPresence(client.presence(), runtime.scheduler(), TactPreferences.debugGrace());
		DesktopIdlePort desktop = DesktopIdleSources.detect();
		ILog.of(getClass()).info("Tact tells idleness from: " + desktop.describe());
		idle = new IdlePresence(client.presence(), Clock.systemDefaultZone(), Duration.ofMinutes(TactPreferences.idleMinutes()),
				desktop);
		call = new CallPresence(client.presence(), runtime.scheduler(), CallPresence.DEFAULT_GRACE);
		microphone = MicrophoneSources.detect();
		ILog.of(getClass()).info("Tact tells a call from: " + microphone.describe());
		debugEvents = new DebugEventsBridge(debug);
		input = new IdleInputBridge(idle, PlatformUI.getWorkbench().getDisplay(), runtime.scheduler(), IDLE_CHECK);
		client.focus().addListener(new FocusDigestPresenter(runtime));
	}

	/** Starts automation once; later calls return the running instance. */
	public static synchronized IdeAutomation start() {
		if (instance == null) {
			IdeAutomation automation = new IdeAutomation(TactRuntime.get());
			automation.applyPreferences();
			automation.debugEvents.install();
			automation.input.install();
			automation.microphone.watch(automation.call::microphone);
			PlatformUI.getWorkbench().addWorkbenchListener(new StopOnShutdown(automation.microphone::close));
			TactPreferences.node().addPreferenceChangeListener(automation.preferences);
			instance = automation;
		}
		return instance;
	}

	private void applyPreferences() {
		debug.setSuspendedOnly(TactPreferences.debugSuspendedOnly());
		debug.setGrace(TactPreferences.debugGrace());
		idle.setThreshold(Duration.ofMinutes(TactPreferences.idleMinutes()));
		call.setEnabled(TactPreferences.callFromMicrophone());
		call.setRevealApplication(TactPreferences.callNamesApplication());
	}
}
