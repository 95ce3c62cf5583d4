package dev.tact.ide.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.tact.ui.tests.fixture.Ide;
import dev.tact.core.presence.PresenceArbiter;
import dev.tact.core.presence.PresenceState;
import dev.tact.ide.internal.IdeAutomation;
import dev.tact.ui.internal.runtime.TactRuntime;
import dev.tact.ui.tests.fixture.DisplayLoop;

/** No input for the (shortened) idle time makes one Away; a key press brings one back. */
class IdlePresenceInIdeTest {

	@AfterEach
	void restore() {
		IdeAutomation.start().setIdleTiming(Duration.ofMinutes(10), 30_000);
	}

	@Test
	void noInputTurnsAwayAndAKeyPressBringsAvailableBack() {
		PresenceArbiter arbiter = TactRuntime.get().client().presence();
		IdeAutomation.start().setIdleTiming(Duration.ofMillis(300), 50);

		spinUntil("Away after no input", () -> arbiter.effective().state() == PresenceState.AWAY);
		assertNotNull(arbiter.effective().idleSince(), "idle since is published (XEP-0319)");

		Shell shell = Ide.shell();
		Event key = new Event();
		key.character = 'x';
		key.keyCode = 'x';
		shell.notifyListeners(SWT.KeyDown, key);
		IdeAutomation.start().setIdleTiming(Duration.ofMinutes(10), 30_000);

		spinUntil("Available after input", () -> arbiter.effective().state() == PresenceState.AVAILABLE);
	}

	static void spinUntil(String what, BooleanSupplier condition) {
		DisplayLoop.until(Duration.ofSeconds(10), what, condition);
	}
}
