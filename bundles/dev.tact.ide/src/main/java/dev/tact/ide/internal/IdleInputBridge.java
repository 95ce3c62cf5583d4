package dev.tact.ide.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;

import dev.tact.core.automation.IdlePresence;

/**
 * Watches keyboard and mouse input anywhere in the workbench (a display filter costs one field write per event) and
 * checks for idleness on a timer, so no thread ever polls the UI.
 */
final class IdleInputBridge {

	private static final int[] INPUT = { SWT.KeyDown, SWT.MouseDown, SWT.MouseMove, SWT.MouseWheel };

	private final IdlePresence idle;
	private final Display display;
	private final Listener listener;
	private final Runnable check = this::check;
	private volatile int checkEveryMs;

	IdleInputBridge(IdlePresence idle, Display display, int checkEveryMs) {
		this.idle = idle;
		this.display = display;
		this.checkEveryMs = checkEveryMs;
		this.listener = event -> idle.input();
	}

	void install() {
		display.asyncExec(() -> {
			for (int type : INPUT) {
				display.addFilter(type, listener);
			}
			display.timerExec(checkEveryMs, check);
		});
	}

	void uninstall() {
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				for (int type : INPUT) {
					display.removeFilter(type, listener);
				}
				display.timerExec(-1, check);
			});
		}
	}

	/** Checks more or less often (tests shorten it along with the idle threshold). */
	void setCheckEveryMs(int milliseconds) {
		checkEveryMs = milliseconds;
		display.asyncExec(() -> {
			display.timerExec(-1, check);
			display.timerExec(checkEveryMs, check);
		});
	}

	private void check() {
		idle.check();
		if (!display.isDisposed()) {
			display.timerExec(checkEveryMs, check);
		}
	}
}
