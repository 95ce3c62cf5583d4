package dev.tact.ide.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.eclipse.jface.notifications.NotificationPopup;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

import dev.tact.core.client.TactClient;
import dev.tact.core.focus.DigestLine;
import dev.tact.core.focus.FocusDigest;
import dev.tact.core.focus.FocusSessionListener;
import dev.tact.core.focus.SenderDigest;
import dev.tact.core.text.DisplayText;

/** When a focus session ends, shows what arrived meanwhile: who, how many, first lines, urgent ones first. */
final class FocusDigestPresenter implements FocusSessionListener {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
	private static final int NAME_SHOWN = 60;
	private static final int LINE_SHOWN = 120;
	private final TactClient client;

	FocusDigestPresenter(TactClient client) {
		this.client = client;
	}

	@Override
	public void focusSessionEnded(FocusDigest digest) {
		String text = describe(digest, ZoneId.systemDefault());
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> NotificationPopup.forDisplay(display)
				.title(digest.isEmpty() ? "Focus session over" : "Focus session over: " + digest.totalCount() + " waiting", true)
				.text(text).delay(15_000).open());
	}


	String describe(FocusDigest digest, ZoneId zone) {
		if (digest.isEmpty()) {
			return "Nothing arrived while you focused. Your previous status is back.";
		}
		StringBuilder text = new StringBuilder();
		for (SenderDigest sender : digest.senders()) {
			String name = DisplayText.line(client.nameOf(sender.from()), NAME_SHOWN);
			text.append(sender.hasUrgent() ? "\u26a0 " : "").append(name).append(" (").append(sender.count()).append(")\n");
			for (DigestLine line : sender.lines()) {
				text.append("  ").append(TIME.format(line.at().atZone(zone))).append("  ")
						.append(DisplayText.line(line.firstLine(), LINE_SHOWN)).append('\n');
			}
			if (sender.unlistedCount() > 0) {
				text.append("  \u2026 and ").append(sender.unlistedCount()).append(" more\n");
			}
		}
		return text.toString().strip();
	}
}
