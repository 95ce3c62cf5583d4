package dev.tact.ide.internal;

import java.time.Duration;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;

import dev.tact.core.automation.IdlePresence;
import dev.tact.core.time.TaskScheduler;

/**
 * Tells idle presence about input in the workbench (a display filter costs one field write per event), and asks the
 * desktop about idleness on Tact's timer thread every {@code checkEvery}, so the UI thread never waits for it.
 */
final class IdleInputBridge {

	private static final int[] INPUT = { SWT.KeyDown, SWT.MouseDown, SWT.MouseMove, SWT.MouseWheel };

	private final IdlePresence idle;
	private final Display display;
	private final TaskScheduler scheduler;
	private final Duration checkEvery;
	private final Listener listener;

	IdleInputBridge(IdlePresence idle, Display display, TaskScheduler scheduler, Duration checkEvery) {
		this.idle = idle;
		this.display = display;
		this.scheduler = scheduler;
		this.checkEvery = checkEvery;
		this.listener = event -> idle.input();
	}

	void install() {
		display.asyncExec(() -> {
			for (int type : INPUT) {
				display.addFilter(type, listener);
			}
		});
		scheduler.schedule(checkEvery, this::check);
	}

	private void check() {
		idle.check();
		scheduler.schedule(checkEvery, this::check);
	}
}
