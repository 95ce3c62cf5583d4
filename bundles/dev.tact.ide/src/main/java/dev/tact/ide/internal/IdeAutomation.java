package dev.tact.ide.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.PlatformUI;

import dev.tact.core.automation.CallPresence;
import dev.tact.core.automation.DebugPresence;
import dev.tact.core.automation.IdlePresence;
import dev.tact.core.client.TactClient;
import dev.tact.core.client.TactSession;
import dev.tact.core.client.TactSettings;
import dev.tact.core.port.DesktopIdlePort;
import dev.tact.core.port.MicrophonePort;
import dev.tact.ide.internal.idle.DesktopIdleSources;
import dev.tact.ide.internal.microphone.MicrophoneSources;

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
	private final TactSettings settings;

	private IdeAutomation(TactSession session) {
		TactClient client = session.client();
		settings = session.settings();
		debug = new DebugPresence(client.presence(), session.scheduler(), settings.debugGrace());
		DesktopIdlePort desktop = DesktopIdleSources.detect();
		ILog.of(getClass()).info("Tact tells idleness from: " + desktop.describe());
		idle = new IdlePresence(client.presence(), Clock.systemDefaultZone(), settings.idleAfter(), desktop);
		call = new CallPresence(client.presence(), session.scheduler(), CallPresence.DEFAULT_GRACE);
		microphone = MicrophoneSources.detect();
		ILog.of(getClass()).info("Tact tells a call from: " + microphone.describe());
		debugEvents = new DebugEventsBridge(debug);
		input = new IdleInputBridge(idle, PlatformUI.getWorkbench().getDisplay(), session.scheduler(), IDLE_CHECK);
		client.focus().addListener(new FocusDigestPresenter(client));
	}

	/**
	 * Starts automation once for the running Tact (the {@link TactSession} service); later calls return the running
	 * instance. Empty, and logged, while no Tact runs.
	 */
	public static synchronized Optional<IdeAutomation> start() {
		if (instance == null) {
			Optional<TactSession> session = new RunningTact(IdeAutomation.class).session();
			if (session.isEmpty()) {
				ILog.of(IdeAutomation.class).warn("No running Tact to automate: presence will not follow the IDE");
				return Optional.empty();
			}
			IdeAutomation automation = new IdeAutomation(session.get());
			automation.applyPreferences();
			automation.debugEvents.install();
			automation.input.install();
			automation.microphone.watch(automation.call::microphone);
			PlatformUI.getWorkbench().addWorkbenchListener(new StopOnShutdown(automation.microphone::close));
			automation.settings.onChange(automation::applyPreferences);
			instance = automation;
		}
		return Optional.of(instance);
	}

	private void applyPreferences() {
		debug.setSuspendedOnly(settings.debugSuspendedOnly());
		debug.setGrace(settings.debugGrace());
		idle.setThreshold(settings.idleAfter());
		call.setEnabled(settings.callFromMicrophone());
		call.setRevealApplication(settings.callNamesApplication());
	}
}
