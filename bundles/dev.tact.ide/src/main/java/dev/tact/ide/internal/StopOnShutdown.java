package dev.tact.ide.internal;

import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;

/** Ends what automation started outside the JVM (a pactl process) when the workbench closes. */
final class StopOnShutdown implements IWorkbenchListener {

	private final Runnable stop;

	StopOnShutdown(Runnable stop) {
		this.stop = stop;
	}

	@Override
	public boolean preShutdown(IWorkbench workbench, boolean forced) {
		return true;
	}

	@Override
	public void postShutdown(IWorkbench workbench) {
		stop.run();
	}
}
