package dev.tact.ui.tests;

import static dev.tact.ui.tests.fixture.SignedInWorkbench.spinUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.tact.core.client.TactClient;
import dev.tact.core.etiquette.RuleId;
import dev.tact.core.port.PeerPresenceEvent;
import dev.tact.core.presence.Claim;
import dev.tact.core.presence.ClaimSource;
import dev.tact.core.presence.Presence;
import dev.tact.core.presence.PresenceState;
import dev.tact.core.presence.PresenceWire;
import dev.tact.core.presence.XmppShow;
import dev.tact.ui.internal.chat.EtiquettePreferences;
import dev.tact.ui.internal.presence.PresenceStatusControl;
import dev.tact.ui.internal.runtime.TactRuntime;
import dev.tact.ui.tests.fixture.Dialogs;
import dev.tact.ui.tests.fixture.Ide;
import dev.tact.ui.tests.fixture.Menus;
import dev.tact.ui.tests.fixture.Peer;
import dev.tact.ui.tests.fixture.SignedInWorkbench;
import dev.tact.ui.tests.fixture.Widgets;

/** Every item of the status-bar presence menu, chosen as a user would, with its effect on screen and at a peer. */
class StatusBarMenuTest {

	private static SignedInWorkbench workbench;
	private static Peer watcher;
	private static Menu lastOpened;

	@BeforeAll
	static void signIn() throws Exception {
		workbench = SignedInWorkbench.start();
		watcher = workbench.peer("watcher");
		workbench.befriend(watcher, "Team");
	}

	@AfterAll
	static void signOut() {
		workbench.close();
	}

	@AfterEach
	void backToNormal() {
		if (lastOpened != null && !lastOpened.isDisposed()) {
			Menus.close(lastOpened);
		}
		client().focus().stop();
		client().presence().release(ClaimSource.DEBUGGER);
		client().resetPresenceToAutomatic();
		client().setPresenceNote("");
		EtiquettePreferences.store(Set.of());
		Dialogs.check();
	}

	@Test
	void everyStateOfTheMenuShowsInTheStatusBarAndReachesThePeer() {
		for (PresenceState state : List.of(PresenceState.BUSY, PresenceState.IN_A_CALL, PresenceState.DO_NOT_DISTURB,
				PresenceState.BE_RIGHT_BACK, PresenceState.AWAY, PresenceState.OFF_WORK, PresenceState.AVAILABLE)) {
			Menus.choose(openMenu(), state.label());
			spinUntil(state + " in the status bar", () -> label().getText().startsWith(state.label()));
			spinUntil("the peer sees " + state, () -> seen(w -> w.show() == state.show()));
		}
		Menus.choose(openMenu(), PresenceState.APPEAR_OFFLINE.label());
		spinUntil("the peer sees us offline", () -> seen(w -> w.show() == XmppShow.UNAVAILABLE));
		Menus.choose(openMenu(), PresenceState.AVAILABLE.label());
		spinUntil("back online for the peer", () -> seen(w -> w.show() == XmppShow.NONE));
	}

	@Test
	void resetAfterSetsWhenAManualStateEndsByItself() {
		Menus.choose(openMenu(), "Reset After", "1 hour");
		Menus.choose(openMenu(), "Busy");
		spinUntil("an hour's countdown", () -> label().getText().equals("Busy  (resets in 1 h 00 min)"));
		Menus.choose(openMenu(), "Reset After", "2 hours");
		Menus.choose(openMenu(), "Be Right Back");
		spinUntil("two hours' countdown", () -> label().getText().equals("Be Right Back  (resets in 2 h 00 min)"));
		Menus.choose(openMenu(), "Reset After", "End of today");
		Menus.choose(openMenu(), "Do Not Disturb");
		spinUntil("a countdown to midnight", () -> label().getText().startsWith("Do Not Disturb  (resets in "));
		Menus.choose(openMenu(), "Reset After", "Until I change it");
		Menus.choose(openMenu(), "Away");
		spinUntil("no countdown", () -> label().getText().equals("Away"));
		assertTrue(client().presence().claimOf(ClaimSource.USER).orElseThrow().expiresAt() == null);
	}

	@Test
	void aManualStateOverDebuggingSaysSoAndResetToAutomaticBringsDebuggingBack() {
		debugging();
		assertFalse(Menus.find(openMenu(), "Reset to Automatic").isEnabled(), "nothing to reset yet");
		Menus.choose(openMenu(), "Be Right Back");
		spinUntil("the status bar says debugging is on hold",
				() -> label().getText().equals("Be Right Back \u00B7 Debugging on hold"));

		Menus.choose(openMenu(), "Reset to Automatic");

		spinUntil("debugging shows again", () -> label().getText().equals("Busy \u2013 Debugging"));
		spinUntil("and the peer sees it", () -> seen(w -> "debugging".equals(w.tactState())));
	}

	@Test
	void availableWhileDebuggingIsBackToNormalNotTheEndOfAutomation() {
		debugging();
		Menus.choose(openMenu(), "Available");
		spinUntil("available, debugging set aside", () -> label().getText().equals("Available \u00B7 Debugging on hold"));
		client().presence().release(ClaimSource.DEBUGGER);
		spinUntil("plain available once the debug session ends", () -> label().getText().equals("Available"));
		debugging();
		spinUntil("the next debug session counts again", () -> label().getText().equals("Busy \u2013 Debugging"));
	}

	@Test
	void editNoteWhileDebuggingChangesTheNoteNeverTheStateAndClearNoteTakesItAway() {
		debugging();
		Dialogs.whenOpens("Presence Note", Dialogs.typeAndOk("fixing the release build"));
		Menus.choose(openMenu(), "Edit Note\u2026");
		Dialogs.check();

		spinUntil("the peer sees the note with debugging", () -> seen(w -> "debugging".equals(w.tactState())
				&& w.status().contains("fixing the release build")));
		spinUntil("the status bar still shows the automatic state", () -> label().getText().equals("Busy \u2013 Debugging"));
		client().presence().release(ClaimSource.DEBUGGER);
		spinUntil("available with the note once debugging ends", () -> seen(w -> w.show() == XmppShow.NONE
				&& w.status().contains("fixing the release build")));

		Menus.choose(openMenu(), "Clear Note");
		spinUntil("the note is gone at the peer", () -> seen(w -> w.show() == XmppShow.NONE && w.status().isEmpty()));
		assertFalse(Menus.has(openMenu(), "Clear Note"), "nothing left to clear");
	}

	@Test
	void focusSessionsStartExtendStopAndTakeACustomLength() {
		for (String length : List.of("25 minutes", "50 minutes", "90 minutes", "Until I stop it")) {
			Menus.choose(openMenu(), "Start Focus Session", length);
			spinUntil("focusing for " + length, () -> label().getText().startsWith("Busy \u2013 Focusing"));
			spinUntil("the peer sees focusing", () -> seen(w -> "focusing".equals(w.tactState())));
			Menus.choose(openMenu(), "Stop Focus Session");
			spinUntil("focus stopped", () -> label().getText().equals("Available"));
		}
		Dialogs.whenOpens("Focus Session", Dialogs.typeAndOk("45"));
		Menus.choose(openMenu(), "Start Focus Session", "Custom Length\u2026");
		Dialogs.check();
		spinUntil("45 minutes", () -> label().getText().contains("ends in 45 min"));
		Menus.choose(openMenu(), "Extend Focus by 15 Minutes");
		spinUntil("an hour now", () -> label().getText().contains("ends in 1 h 00 min"));
		Menus.choose(openMenu(), "Stop Focus Session");
	}

	@Test
	void goingAwayWithoutANoteBringsAQuietHintWhoseItemAsksForTheNote() {
		Menus.choose(openMenu(), "Away");
		spinUntil("a hint mark beside the state", () -> hintMark().isVisible());
		String hint = Menus.labels(openMenu()).get(0);
		assertTrue(hint.startsWith("Add a note saying where you are"), hint);

		Dialogs.whenOpens("Presence Note", Dialogs.typeAndOk("At lunch until 1"));
		Menus.choose(openMenu(), hint);
		Dialogs.check();

		spinUntil("the peer sees where we are", () -> seen(w -> w.show() == XmppShow.AWAY
				&& w.status().contains("At lunch until 1")));
		spinUntil("no hint once there is a note", () -> !hintMark().isVisible());
	}

	@Test
	void dontShowThisHintAgainTurnsTheRuleOff() {
		Menus.choose(openMenu(), "Off Work");
		spinUntil("the hint", () -> hintMark().isVisible());
		Menus.choose(openMenu(), "Don\u2019t Show This Hint Again");
		assertTrue(EtiquettePreferences.disabled().contains(RuleId.AWAY_NOTE));
		spinUntil("the hint goes", () -> !hintMark().isVisible());
	}

	@Test
	void signOutAndSignInFromTheMenu() {
		Menus.choose(openMenu(), "Sign Out");
		spinUntil("the peer sees us leave", () -> seen(w -> w.show() == XmppShow.UNAVAILABLE));
		Menus.choose(openMenu(), "Sign In");
		spinUntil("signed in again", () -> client().connectionStatus().isConnected());
		spinUntil("the peer sees us back", () -> seen(w -> w.show() == XmppShow.NONE));
	}

	private static void debugging() {
		client().presence().claim(Claim.untilReleased(ClaimSource.DEBUGGER, Presence.of(PresenceState.DEBUGGING)));
	}

	private static boolean seen(Predicate<PresenceWire> wire) {
		PeerPresenceEvent last = watcher.lastPresenceOf(workbench.me());
		return last != null && wire.test(last.wire());
	}

	/** Opens the status-bar menu as a click does, closing the one a previous step left open (a look, not a choice). */
	private static Menu openMenu() {
		if (lastOpened != null && !lastOpened.isDisposed()) {
			Menus.close(lastOpened);
		}
		label().notifyListeners(SWT.MouseDown, new Event());
		lastOpened = (Menu) label().getData(PresenceStatusControl.OPEN_MENU);
		return lastOpened;
	}

	private static CLabel label() {
		return Widgets.require(Ide.shell(), PresenceStatusControl.ID, CLabel.class);
	}

	private static Label hintMark() {
		return Widgets.require(Ide.shell(), PresenceStatusControl.HINT_KEY, Label.class);
	}

	private static TactClient client() {
		return TactRuntime.get().client();
	}
}
