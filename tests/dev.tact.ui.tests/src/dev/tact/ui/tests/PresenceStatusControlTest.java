package dev.tact.ui.tests;

import dev.tact.ui.tests.fixture.Ide;
import dev.tact.ui.tests.fixture.DisplayLoop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.tact.core.presence.Claim;
import dev.tact.core.presence.ClaimSource;
import dev.tact.core.presence.Presence;
import dev.tact.core.presence.PresenceState;
import dev.tact.core.presence.ResetAfter;
import dev.tact.ui.internal.presence.PresenceStatusControl;
import dev.tact.ui.internal.runtime.TactRuntime;

/** The presence control in the real workbench's status bar. */
class PresenceStatusControlTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	@AfterEach
	void backToAutomatic() {
		TactRuntime.get().client().resetPresenceToAutomatic();
		TactRuntime.get().client().presence().release(ClaimSource.DEBUGGER);
	}

	@Test
	void statusBarShowsAvailableThenFollowsAManualChoiceWithItsCountdown() {
		CLabel label = statusLabel();
		DisplayLoop.until(TIMEOUT, "Available shown", () -> label.getText().startsWith("Available"));

		TactRuntime.get().client().choosePresence(PresenceState.BUSY, ResetAfter.ONE_HOUR);

		DisplayLoop.until(TIMEOUT, "Busy with countdown shown", () -> label.getText().startsWith("Busy")
				&& label.getText().contains("resets in"));
		DisplayLoop.until(TIMEOUT, "the whole longer text fits in the status bar",
				() -> label.getSize().x >= label.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x);
		assertTrue(label.getShell().getClientArea().contains(label.getDisplay().map(label, label.getShell(),
				label.getSize().x - 1, 1)), "the label's right edge is inside the window");
	}

	@Test
	void automaticStateShowsItsReason() {
		CLabel label = statusLabel();
		TactRuntime.get().client().presence()
				.claim(Claim.untilReleased(ClaimSource.DEBUGGER, Presence.of(PresenceState.DEBUGGING)));

		DisplayLoop.until(TIMEOUT, "debugging shown", () -> label.getText().equals("Busy \u2013 Debugging"));
		assertTrue(label.getToolTipText().contains("Set automatically (Debugging)"), label.getToolTipText());
	}

	@Test
	void menuOffersEveryStateAUserMayChooseAndPickingOneAppliesIt() {
		CLabel label = statusLabel();
		label.notifyListeners(SWT.MouseDown, new Event());
		Menu menu = (Menu) label.getData(PresenceStatusControl.OPEN_MENU);
		List<String> items = Arrays.stream(menu.getItems()).map(MenuItem::getText).toList();
		for (String state : List.of("Available", "Busy", "Busy \u2013 In a Call", "Do Not Disturb", "Be Right Back", "Away",
				"Off Work", "Appear Offline")) {
			assertTrue(items.contains(state), "menu offers " + state + ": " + items);
		}
		assertTrue(items.stream().anyMatch(i -> i.replace("&", "").startsWith("Start Focus Session")), items.toString());

		MenuItem dnd = Arrays.stream(menu.getItems()).filter(i -> i.getText().equals("Do Not Disturb")).findFirst().orElseThrow();
		dnd.setSelection(true);
		dnd.notifyListeners(SWT.Selection, new Event());
		menu.setVisible(false);

		assertEquals(PresenceState.DO_NOT_DISTURB, TactRuntime.get().client().presence().effective().state());
		DisplayLoop.until(TIMEOUT, "DND shown", () -> label.getText().startsWith("Do Not Disturb"));
	}

	private static CLabel statusLabel() {
		Shell shell = Ide.shell();
		CLabel[] found = new CLabel[1];
		DisplayLoop.until(TIMEOUT, "presence control in the status bar",
				() -> (found[0] = WidgetFinder.find(shell, PresenceStatusControl.ID, CLabel.class).orElse(null)) != null);
		return found[0];
	}
}
