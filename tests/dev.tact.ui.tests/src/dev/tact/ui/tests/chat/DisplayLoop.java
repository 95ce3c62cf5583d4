package dev.tact.ui.tests.chat;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/**
 * Waits in a UI test by running the display loop until a condition holds or a deadline passes, so asyncExec'd
 * refreshes, jobs reporting back and editor activation all get to run. Never sleeps on a guess.
 */
final class DisplayLoop {

	static final Duration TIMEOUT = Duration.ofSeconds(20);

	private DisplayLoop() {
	}

	static void until(String what, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() - deadline > 0) {
				throw new AssertionError("Timed out after " + TIMEOUT.toSeconds() + " s waiting for: " + what);
			}
			if (!display.readAndDispatch()) {
				// wake the loop again shortly even when no event arrives
				display.timerExec(10, () -> {
				});
				display.sleep();
			}
		}
	}

	/** Dispatches whatever is queued right now. */
	static void drain() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// keep going until the queue is empty
		}
	}
}
