package dev.tact.ui.internal.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import dev.tact.core.etiquette.EtiquetteHint;
import dev.tact.core.etiquette.Severity;
import dev.tact.core.etiquette.SuggestedAction;

/**
 * The strip above the input where etiquette hints appear: never a dialog, never in the way of typing. One row per
 * hint with an icon by severity, the message (the guide's sentence as its tooltip) and its actions as buttons. The
 * same strip shows plain notices, such as "sign in to share files".
 */
final class HintBar {

	/** Called when the user picks an action of a hint. */
	@FunctionalInterface
	interface ActionHandler {
		void perform(EtiquetteHint hint, SuggestedAction action);
	}

	/** The actions a chat editor can carry out, with their button labels, in button order. */
	static final Map<SuggestedAction, String> LABELS = Map.of(SuggestedAction.SEND_ANYWAY, "Send anyway",
			SuggestedAction.SEND_LATER, "Send when available", SuggestedAction.SEND_AS_URGENT, "Send as urgent",
			SuggestedAction.EDIT, "Edit", SuggestedAction.DISMISS, "OK", SuggestedAction.DONT_SHOW_AGAIN,
			"Don\u2019t show again");
	private static final List<SuggestedAction> ORDER = List.of(SuggestedAction.SEND_ANYWAY,
			SuggestedAction.SEND_LATER, SuggestedAction.SEND_AS_URGENT, SuggestedAction.EDIT, SuggestedAction.DISMISS,
			SuggestedAction.DONT_SHOW_AGAIN);

	private static final int MIN_TEXT_WIDTH = 60;

	private final Composite bar;
	private final ActionHandler handler;
	private final List<EtiquetteHint> shown = new ArrayList<>();

	HintBar(Composite parent, ActionHandler handler) {
		this.handler = handler;
		bar = new Composite(parent, SWT.NONE);
		bar.setData(ChatKeys.DATA, ChatKeys.HINTS);
		bar.setLayout(new GridLayout(1, false));
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		setVisible(false);
	}

	Composite control() {
		return bar;
	}

	boolean isShowing() {
		return bar.getVisible();
	}

	/**
	 * Shows {@code hints}, firmest first, one at a time so even a short editor keeps its transcript and input in
	 * sight; "Next Hint" steps through the others.
	 */
	void show(List<EtiquetteHint> hints) {
		clear();
		shown.addAll(hints);
		if (!hints.isEmpty()) {
			showAt(0);
		}
		setVisible(true);
	}

	private void showAt(int index) {
		for (Control child : bar.getChildren()) {
			child.dispose();
		}
		EtiquetteHint hint = shown.get(index);
		Composite buttons = row(iconFor(hint.severity()), hint.message(),
				"\u201C" + hint.guideSentence() + "\u201D\n" + hint.reason());
		((Composite) buttons.getParent()).getChildren()[1].setData(ChatKeys.HINT_RULE, hint.rule().key());
		for (SuggestedAction action : ORDER) {
			if (hint.actions().contains(action)) {
				button(buttons, LABELS.get(action), () -> handler.perform(hint, action));
			}
		}
		if (shown.size() > 1) {
			int others = shown.size() - 1;
			button(buttons, "Next Hint (" + others + " more)", () -> {
				showAt((index + 1) % shown.size());
				bar.getParent().layout(true, true);
			});
		}
	}

	/** A plain notice with a Dismiss button, e.g. why a file cannot be shared. */
	void notice(String message) {
		notice(message, null, null);
	}

	/** A notice with one thing to do about it ({@code label}, running {@code action}) besides Dismiss. */
	void notice(String message, String label, Runnable action) {
		clear();
		Composite buttons = row(image(ISharedImages.IMG_OBJS_INFO_TSK), message, null);
		((Composite) buttons.getParent()).getChildren()[1].setData(ChatKeys.DATA, ChatKeys.NOTICE);
		if (label != null) {
			button(buttons, label, action);
		}
		button(buttons, "Dismiss", this::hide);
		setVisible(true);
	}

	/** Takes one hint away (its rule was turned off); hides the bar when none is left. */
	void remove(EtiquetteHint hint) {
		List<EtiquetteHint> rest = new ArrayList<>(shown);
		rest.remove(hint);
		if (rest.isEmpty()) {
			hide();
		} else {
			show(rest);
		}
	}

	void hide() {
		clear();
		setVisible(false);
	}

	/**
	 * One hint: its icon and message, the message wrapping to whatever width the editor has, and below them a row for
	 * its buttons (returned), which wraps too; so a narrow editor gets a taller hint, never a squeezed one.
	 */
	private Composite row(Image icon, String message, String tooltip) {
		Composite row = new Composite(bar, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginHeight = 0;
		row.setLayout(layout);
		row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Label image = new Label(row, SWT.NONE);
		image.setImage(icon);
		image.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		Label text = new Label(row, SWT.WRAP);
		text.setText(message);
		text.setToolTipText(tooltip);
		text.setData(ChatKeys.DATA, ChatKeys.HINT_TEXT);
		image.setToolTipText(tooltip);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = MIN_TEXT_WIDTH; // a wrapping label asks for its whole text on one line otherwise
		text.setLayoutData(data);
		Composite buttons = new Composite(row, SWT.NONE);
		RowLayout flow = new RowLayout(SWT.HORIZONTAL);
		flow.wrap = true;
		flow.marginLeft = 0;
		flow.marginTop = 0;
		buttons.setLayout(flow);
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		return buttons;
	}

	private static void button(Composite row, String label, Runnable action) {
		Button button = new Button(row, SWT.PUSH | SWT.FLAT);
		button.setText(label);
		button.addListener(SWT.Selection, e -> action.run());
	}

	private void clear() {
		shown.clear();
		for (Control child : bar.getChildren()) {
			child.dispose();
		}
	}

	private void setVisible(boolean visible) {
		((GridData) bar.getLayoutData()).exclude = !visible;
		bar.setVisible(visible);
		bar.getParent().layout(true, true);
	}

	private static Image iconFor(Severity severity) {
		return image(severity == Severity.WARNING ? ISharedImages.IMG_OBJS_WARN_TSK : ISharedImages.IMG_OBJS_INFO_TSK);
	}

	private static Image image(String key) {
		return PlatformUI.getWorkbench().getSharedImages().getImage(key);
	}
}
