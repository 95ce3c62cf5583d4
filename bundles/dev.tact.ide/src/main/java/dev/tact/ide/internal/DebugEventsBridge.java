package dev.tact.ide.internal;

import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IDebugEventSetListener;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.ILaunchesListener2;
import org.eclipse.debug.core.model.IDebugElement;
import org.eclipse.debug.core.model.IDebugTarget;

import dev.tact.core.automation.DebugPresence;

/**
 * Tells {@link DebugPresence} about debug sessions as Eclipse's debugger sees them: a debug-mode launch starts a
 * session, its termination or removal ends it, and suspend/resume events mark breakpoint stops.
 */
final class DebugEventsBridge implements ILaunchesListener2, IDebugEventSetListener {

	private final DebugPresence presence;

	DebugEventsBridge(DebugPresence presence) {
		this.presence = presence;
	}

	void install() {
		DebugPlugin debug = DebugPlugin.getDefault();
		debug.getLaunchManager().addLaunchListener(this);
		debug.addDebugEventListener(this);
		for (ILaunch launch : debug.getLaunchManager().getLaunches()) {
			if (isDebugging(launch)) {
				presence.sessionStarted(launch);
			}
		}
	}

	void uninstall() {
		DebugPlugin debug = DebugPlugin.getDefault();
		if (debug != null) {
			debug.getLaunchManager().removeLaunchListener(this);
			debug.removeDebugEventListener(this);
		}
	}

	@Override
	public void launchesAdded(ILaunch[] launches) {
		for (ILaunch launch : launches) {
			if (isDebugging(launch)) {
				presence.sessionStarted(launch);
			}
		}
	}

	@Override
	public void launchesTerminated(ILaunch[] launches) {
		for (ILaunch launch : launches) {
			presence.sessionEnded(launch);
		}
	}

	@Override
	public void launchesRemoved(ILaunch[] launches) {
		launchesTerminated(launches);
	}

	@Override
	public void launchesChanged(ILaunch[] launches) {
		// the mode of a launch does not change
	}

	@Override
	public void handleDebugEvents(DebugEvent[] events) {
		for (DebugEvent event : events) {
			if (event.getSource() instanceof IDebugElement element) {
				ILaunch launch = element.getLaunch();
				if (launch == null || !isDebugging(launch)) {
					continue;
				}
				if (event.getKind() == DebugEvent.SUSPEND && event.getDetail() != DebugEvent.EVALUATION_IMPLICIT) {
					presence.suspended(launch);
				} else if (event.getKind() == DebugEvent.RESUME && event.getDetail() != DebugEvent.EVALUATION_IMPLICIT) {
					presence.resumed(launch);
				} else if (event.getKind() == DebugEvent.TERMINATE && element instanceof IDebugTarget) {
					presence.sessionEnded(launch);
				}
			}
		}
	}

	private static boolean isDebugging(ILaunch launch) {
		return ILaunchManager.DEBUG_MODE.equals(launch.getLaunchMode()) && !launch.isTerminated();
	}
}
