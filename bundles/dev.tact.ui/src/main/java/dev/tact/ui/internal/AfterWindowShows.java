package dev.tact.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;

/**
 * Keeps Tact out of the way of the IDE's start-up: a part the workbench creates before its window is on screen (the
 * Contacts view, the status-bar presence) builds its real content only once its placeholder is first painted, that
 * is once the window shows; a part created in a window already on screen builds it at once.
 */
public final class AfterWindowShows {

	private AfterWindowShows() {
	}

	/** Runs {@code work} now if {@code placeholder}'s window is visible, else right after its first paint. */
	public static void run(Control placeholder, Runnable work) {
		if (placeholder.getShell().isVisible()) {
			work.run();
			return;
		}
		placeholder.addListener(SWT.Paint, new Listener() {
			@Override
			public void handleEvent(Event event) {
				placeholder.removeListener(SWT.Paint, this);
				placeholder.getDisplay().asyncExec(() -> {
					if (!placeholder.isDisposed()) {
						work.run();
					}
				});
			}
		});
	}
}
