package dev.tact.ui.internal.chat;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

import dev.tact.core.address.ChatAddress;
import dev.tact.core.client.Unread;

/**
 * Tells core when the user is reading a chat editor's conversation: while the editor's content is showing (no tab
 * over it, nothing minimised) in the workbench window and that window is the active one. A message arriving then is
 * read as it arrives (no popup, no sound, no count); showing the editor reads what it had.
 * <p>
 * Visibility is followed through SWT's own show and hide events of the editor's ancestors, which come the moment a
 * tab is switched; the workbench's part events may come a while later.
 */
final class ReadingTracker {

	private final Control content;
	private final Unread unread;
	private final ChatAddress conversation;
	private final Shell window;
	private final Display display;
	private final Listener visibility = this::visibilityChanged;
	private final Listener activation = event -> updateLater();

	ReadingTracker(Control content, Unread unread, ChatAddress conversation) {
		this.content = content;
		this.unread = unread;
		this.conversation = conversation;
		this.window = content.getShell();
		this.display = content.getDisplay();
	}

	void install() {
		display.addFilter(SWT.Show, visibility);
		display.addFilter(SWT.Hide, visibility);
		window.addListener(SWT.Activate, activation);
		window.addListener(SWT.Deactivate, activation);
		content.addListener(SWT.Dispose, e -> uninstall());
		updateLater();
	}

	private void uninstall() {
		display.removeFilter(SWT.Show, visibility);
		display.removeFilter(SWT.Hide, visibility);
		if (!window.isDisposed()) {
			window.removeListener(SWT.Activate, activation);
			window.removeListener(SWT.Deactivate, activation);
		}
		unread.stoppedReading(conversation);
	}

	/** Whether the user can see this conversation right now. */
	boolean isReading() {
		return !content.isDisposed() && display.getActiveShell() == window && content.isVisible();
	}

	private void visibilityChanged(Event event) {
		if (event.widget instanceof Control control && isAncestorOrSelf(control)) {
			// a Show event comes before the control is visible, a Hide event before it is hidden
			if (event.type == SWT.Hide) {
				unread.stoppedReading(conversation);
			}
			updateLater();
		}
	}

	private boolean isAncestorOrSelf(Control control) {
		for (Control c = content; c != null; c = c.getParent()) {
			if (c == control) {
				return true;
			}
		}
		return false;
	}

	private void updateLater() {
		display.asyncExec(() -> {
			if (content.isDisposed()) {
				return;
			}
			if (isReading()) {
				unread.reading(conversation);
			} else {
				unread.stoppedReading(conversation);
			}
		});
	}
}
