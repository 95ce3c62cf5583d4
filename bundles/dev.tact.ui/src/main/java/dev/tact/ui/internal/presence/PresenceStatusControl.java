package dev.tact.ui.internal.presence;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;

import dev.tact.core.etiquette.EtiquetteHint;
import dev.tact.core.focus.FocusSessionListener;
import dev.tact.core.port.ConnectionStatus;
import dev.tact.core.presence.ClaimSource;
import dev.tact.core.presence.EffectivePresenceListener;
import dev.tact.core.presence.PresenceSummary;
import dev.tact.ui.internal.AfterWindowShows;
import dev.tact.ui.internal.runtime.AccountPreferences;
import dev.tact.ui.internal.runtime.TactRuntime;

/**
 * Own presence in the status bar: the state's dot and label, why it is so when automation chose it, and a
 * countdown when it will change by itself. A click opens the presence menu.
 */
public final class PresenceStatusControl extends WorkbenchWindowControlContribution {

	public static final String ID = "dev.tact.ui.presence.status";
	/** Widget data key under which the label keeps the menu it opened last (for tests and accessibility tools). */
	public static final String OPEN_MENU = "dev.tact.ui.presence.openMenu";
	/** Widget key of the hint mark beside the state. */
	public static final String HINT_KEY = "dev.tact.ui.presence.hint";
	private static final int TICK_MS = 15_000;

	private CLabel label;
	/** An info mark beside the state while the guide has a hint about it (see the menu's first items). */
	private Label hint;
	private PresenceIcons icons;
	private PresenceMenu menu;
	private TactRuntime runtime;
	private final EffectivePresenceListener presenceListener = (before, after) -> refreshSoon();
	private final FocusSessionListener focusListener = digest -> refreshSoon();
	private final Consumer<ConnectionStatus> statusListener = status -> refreshSoon();
	private final Runnable tick = this::tick;

	public PresenceStatusControl() {
		super(ID);
	}

	@Override
	protected Control createControl(Composite parent) {
		Composite box = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(2, 0).margins(4, 0).applyTo(box);
		label = new CLabel(box, SWT.NONE);
		hint = new Label(box, SWT.NONE);
		hint.setData("org.eclipse.swtbot.widget.key", HINT_KEY);
		GridDataFactory.fillDefaults().exclude(true).applyTo(hint);
		hint.setVisible(false);
		label.setData("org.eclipse.swtbot.widget.key", ID);
		label.setText("Tact"); // for the moment between the window showing and the presence being read
		AfterWindowShows.run(label, this::bind);
		return box;
	}

	/** Connects the label to Tact's presence: at start-up, the first use of Tact's runtime and models. */
	private void bind() {
		runtime = TactRuntime.get();
		icons = new PresenceIcons(label);
		menu = new PresenceMenu(runtime.client(), new PresenceMenu.Account() {
			@Override
			public void signIn() {
				runtime.account().signIn();
			}

			@Override
			public void signOut() {
				runtime.account().signOut();
			}
		}, icons);
		label.addListener(SWT.MouseDown, e -> openMenu());
		hint.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_INFO_TSK));
		hint.addListener(SWT.MouseDown, e -> openMenu());
		runtime.client().presence().addListener(presenceListener);
		runtime.client().focus().addListener(focusListener);
		runtime.client().addStatusListener(statusListener);
		label.addDisposeListener(e -> {
			runtime.client().presence().removeListener(presenceListener);
			runtime.client().focus().removeListener(focusListener);
			runtime.client().removeStatusListener(statusListener);
		});
		refresh();
		Display.getCurrent().timerExec(TICK_MS, tick);
	}

	/** Opens the presence menu under the control, as a click does. */
	public Menu openMenu() {
		Menu popup = menu.create(label);
		Point below = label.toDisplay(0, label.getSize().y);
		popup.setLocation(below);
		popup.setVisible(true);
		label.setData(OPEN_MENU, popup);
		popup.addListener(SWT.Hide, e -> label.getDisplay().asyncExec(popup::dispose));
		return popup;
	}

	private void tick() {
		if (label != null && !label.isDisposed()) {
			runtime.client().presence().refresh();
			runtime.client().focus().refresh();
			refresh();
			label.getDisplay().timerExec(TICK_MS, tick);
		}
	}

	private void refreshSoon() {
		if (label != null && !label.isDisposed()) {
			label.getDisplay().asyncExec(this::refresh);
		}
	}

	private void refresh() {
		if (label == null || label.isDisposed() || runtime == null) {
			return;
		}
		ZoneId zone = ZoneId.systemDefault();
		PresenceSummary summary = PresenceSummary.of(runtime.client().presence(), Clock.system(zone), zone);
		StringBuilder text = new StringBuilder(summary.label());
		if (!summary.countdown().isEmpty()) {
			text.append("  (").append(summary.countdown()).append(')');
		}
		if (!summary.heldOff().isEmpty()) {
			text.append(" \u00B7 ").append(heldOff(summary)).append(" on hold");
		}
		List<EtiquetteHint> hints = runtime.client().ownPresenceHints();
		label.setImage(icons.get(summary.presence().state().availability()));
		label.setText(text.toString());
		label.setToolTipText(tooltip(summary, hints));
		showHint(hints);
		fitToText();
	}

	/**
	 * The status bar gave the control's tool item a fixed width when it was created; states and countdowns differ in
	 * length, so the item is resized to the text and the trim laid out again.
	 */
	private void fitToText() {
		Control hosted = label;
		while (hosted.getParent() != null && !(hosted.getParent() instanceof ToolBar)) {
			hosted = hosted.getParent();
		}
		if (hosted.getParent() instanceof ToolBar bar) {
			int width = hosted.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x;
			for (ToolItem item : bar.getItems()) {
				if (item.getControl() == hosted && item.getWidth() != width) {
					item.setWidth(width);
					bar.pack(true); // the trim's frame follows its tool bar's size
				}
			}
		}
		label.getShell().layout(new Control[] { label }, SWT.CHANGED);
	}

	private void showHint(List<EtiquetteHint> hints) {
		boolean show = !hints.isEmpty();
		if (hint.getVisible() != show) {
			((GridData) hint.getLayoutData()).exclude = !show;
			hint.setVisible(show);
			hint.getParent().layout(true);
		}
		hint.setToolTipText(show ? hints.get(0).message() + "\nClick for what you can do" : null);
	}

	/** "Debugging", "Debugging and Away (no input)": the automatic claims the user's choice hides. */
	private static String heldOff(PresenceSummary summary) {
		return summary.heldOff().stream().map(claim -> describe(claim.source()))
				.collect(Collectors.joining(" and "));
	}

	private String tooltip(PresenceSummary summary, List<EtiquetteHint> hints) {
		StringBuilder tip = new StringBuilder("Your presence: ").append(summary.label());
		if (summary.presence().hasNote()) {
			tip.append("\nNote: ").append(summary.presence().note());
		}
		summary.source().ifPresent(source -> tip.append(summary.automatic() ? "\nSet automatically (" + describe(source) + ")"
				: "\nSet by you"));
		if (!summary.heldOff().isEmpty()) {
			tip.append("\nYour choice holds off: ").append(heldOff(summary)).append(summary.automatic()
					? " (until it ends)" : summary.countdown().isEmpty() ? " (until you reset to automatic)"
							: " (" + summary.countdown() + ")");
		}
		if (!summary.automation().isEmpty()) {
			tip.append("\nAutomatic now: ").append(summary.automation().stream().map(claim -> describe(claim.source()))
					.collect(Collectors.joining(" \u00B7 ")));
		}
		hints.forEach(h -> tip.append("\n\u24D8 ").append(h.message()));
		ConnectionStatus status = runtime.client().connectionStatus();
		String account = AccountPreferences.load().jid();
		tip.append(!runtime.client().hasAccount() ? "\nNot signed in" : "\n" + account + ": " + status.state().name().toLowerCase()
				+ (status.reason().isEmpty() ? "" : " \u2014 " + status.reason()));
		tip.append("\nClick to change");
		return tip.toString();
	}

	private static String describe(ClaimSource source) {
		return switch (source) {
		case USER -> "by you";
		case CALL -> "In a call (microphone in use)";
		case DEBUGGER -> "Debugging";
		case FOCUS -> "Focus session";
		case IDLE -> "Away (no input)";
		};
	}
}
