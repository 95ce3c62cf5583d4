package dev.tact.ui.tests;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/** Spins the display loop until a condition holds or a deadline passes; workbench tests never sleep. */
public final class DisplayWait {

	private DisplayWait() {
	}

	public static void until(Duration timeout, String what, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() - deadline > 0) {
				throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting for: " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(10, () -> {
				});
				display.sleep();
			}
		}
	}

	/** Processes pending UI events. */
	public static void drain() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// keep going
		}
	}
}
