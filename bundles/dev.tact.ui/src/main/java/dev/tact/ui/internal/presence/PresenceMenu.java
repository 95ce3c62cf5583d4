package dev.tact.ui.internal.presence;

import java.time.Duration;
import java.util.List;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import dev.tact.core.client.TactClient;
import dev.tact.core.etiquette.EtiquetteHint;
import dev.tact.core.etiquette.SuggestedAction;
import dev.tact.core.focus.FocusLength;
import dev.tact.core.focus.FocusStyle;
import dev.tact.core.port.ConnectionState;
import dev.tact.core.presence.ClaimSource;
import dev.tact.core.presence.Presence;
import dev.tact.core.presence.PresenceState;
import dev.tact.core.presence.ResetAfter;
import dev.tact.ui.internal.chat.EtiquettePreferences;
import dev.tact.ui.internal.preferences.TactPreferences;

/**
 * The presence menu of the status bar: every state a user may choose, how long the choice lasts, going back to
 * automatic, the note, focus sessions, and signing in or out.
 */
public final class PresenceMenu {

	/** Signing in and out, which the account connection does. */
	public interface Account {
		void signIn();

		void signOut();
	}

	private final TactClient client;
	private final Account account;
	private final PresenceIcons icons;
	private ResetAfter resetAfter = ResetAfter.NEVER;

	public PresenceMenu(TactClient client, Account account, PresenceIcons icons) {
		this.client = client;
		this.account = account;
		this.icons = icons;
	}

	/** Builds the menu for {@code owner} afresh, so it reflects the current state. */
	public Menu create(Control owner) {
		Menu menu = new Menu(owner);
		ownPresenceHints(menu, owner, client);
		PresenceState current = client.presence().effective().state();
		for (PresenceState state : PresenceState.values()) {
			if (state.isSelectableByUser()) {
				MenuItem item = new MenuItem(menu, SWT.RADIO);
				item.setText(state.label());
				item.setImage(icons.get(state.availability()));
				item.setSelection(state == current);
				item.addListener(SWT.Selection, e -> {
					if (item.getSelection()) {
						choose(state);
					}
				});
			}
		}
		new MenuItem(menu, SWT.SEPARATOR);
		resetAfterMenu(menu);
		MenuItem automatic = push(menu, "Reset to &Automatic", client::resetPresenceToAutomatic);
		automatic.setEnabled(client.presence().claimOf(ClaimSource.USER).isPresent()
				|| !client.presence().heldOff().isEmpty());
		push(menu, "Edit &Note\u2026", () -> editNote(owner));
		if (!client.presence().note().isEmpty()) {
			push(menu, "C&lear Note", () -> client.setPresenceNote(""));
		}
		new MenuItem(menu, SWT.SEPARATOR);
		focusItems(menu, client);
		new MenuItem(menu, SWT.SEPARATOR);
		ConnectionState state = client.connectionStatus().state();
		boolean online = state != ConnectionState.FAILED && state != ConnectionState.DISCONNECTED;
		if (online) {
			push(menu, "Sign &Out", account::signOut);
		} else {
			push(menu, "Sign &In", account::signIn);
		}
		return menu;
	}

	void choose(PresenceState state) {
		client.choosePresence(state, resetAfter);
	}

	/** The guide's hints about one's own status, quietly at the top: the item does what the hint suggests. */
	private void ownPresenceHints(Menu menu, Control owner, TactClient client) {
		List<EtiquetteHint> hints = client.ownPresenceHints();
		for (EtiquetteHint hint : hints) {
			MenuItem item = push(menu, hint.message().replace("&", "&&"), () -> follow(hint, owner));
			item.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_INFO_TSK));
			item.setToolTipText("\u201C" + hint.guideSentence() + "\u201D");
			push(menu, "    Don\u2019t Show This Hint Again", () -> EtiquettePreferences.disable(hint.rule()));
		}
		if (!hints.isEmpty()) {
			new MenuItem(menu, SWT.SEPARATOR);
		}
	}

	private void follow(EtiquetteHint hint, Control owner) {
		if (hint.actions().contains(SuggestedAction.ADD_NOTE)) {
			editNote(owner);
		} else if (hint.actions().contains(SuggestedAction.SWITCH_TO_BUSY)) {
			choose(PresenceState.BUSY);
		}
	}

	private void resetAfterMenu(Menu parent) {
		MenuItem cascade = new MenuItem(parent, SWT.CASCADE);
		cascade.setText("&Reset After");
		Menu sub = new Menu(cascade);
		cascade.setMenu(sub);
		radio(sub, "1 hour", ResetAfter.ONE_HOUR);
		radio(sub, "2 hours", ResetAfter.TWO_HOURS);
		radio(sub, "End of today", ResetAfter.END_OF_TODAY);
		radio(sub, "Until I change it", ResetAfter.NEVER);
	}

	private void radio(Menu menu, String text, ResetAfter value) {
		MenuItem item = new MenuItem(menu, SWT.RADIO);
		item.setText(text);
		item.setSelection(resetAfter == value);
		item.addListener(SWT.Selection, e -> {
			if (item.getSelection()) {
				resetAfter = value;
			}
		});
	}

	private void focusItems(Menu menu, TactClient client) {
		if (client.focus().isRunning()) {
			push(menu, "E&xtend Focus by 15 Minutes", () -> client.focus().extend(Duration.ofMinutes(15)));
			push(menu, "&Stop Focus Session", () -> client.focus().stop());
			return;
		}
		MenuItem cascade = new MenuItem(menu, SWT.CASCADE);
		cascade.setText("Start &Focus Session");
		Menu sub = new Menu(cascade);
		cascade.setMenu(sub);
		push(sub, "25 minutes", () -> client.focus().start(FocusLength.TWENTY_FIVE_MINUTES, focusStyle()));
		push(sub, "50 minutes", () -> client.focus().start(FocusLength.FIFTY_MINUTES, focusStyle()));
		push(sub, "90 minutes", () -> client.focus().start(FocusLength.NINETY_MINUTES, focusStyle()));
		push(sub, "Until I stop it", () -> client.focus().start(FocusLength.UNTIL_STOPPED, focusStyle()));
		push(sub, "&Custom Length\u2026", () -> customFocus(menu.getShell(), client));
	}

	private static void customFocus(Shell shell, TactClient client) {
		InputDialog dialog = new InputDialog(shell, "Focus Session", "Focus for how many minutes (1 to 720)?", "45", text -> {
			try {
				int minutes = Integer.parseInt(text.strip());
				return minutes >= 1 && minutes <= 720 ? null : "A focus session lasts from 1 minute to 12 hours.";
			} catch (NumberFormatException e) {
				return "Enter the number of minutes.";
			}
		});
		if (dialog.open() == Window.OK) {
			client.focus().start(FocusLength.minutes(Integer.parseInt(dialog.getValue().strip())), focusStyle());
		}
	}

	private static FocusStyle focusStyle() {
		return TactPreferences.focusStyle();
	}

	private void editNote(Control owner) {
		InputDialog dialog = new InputDialog(owner.getShell(), "Presence Note",
				"A short note coworkers see beside your status, e.g. where you are when away:", client.presence().note(),
				text -> text.length() > Presence.MAX_NOTE_LENGTH ? "At most " + Presence.MAX_NOTE_LENGTH + " characters" : null);
		if (dialog.open() == Window.OK) {
			client.setPresenceNote(dialog.getValue()); // the note is the user's; the state stays whatever wins
		}
	}

	private static MenuItem push(Menu menu, String text, Runnable action) {
		MenuItem item = new MenuItem(menu, SWT.PUSH);
		item.setText(text);
		item.addListener(SWT.Selection, e -> action.run());
		return item;
	}
}
