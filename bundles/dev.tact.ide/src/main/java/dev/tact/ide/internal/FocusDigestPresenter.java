package dev.tact.ide.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.eclipse.jface.notifications.NotificationPopup;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

import dev.tact.core.focus.DigestLine;
import dev.tact.core.focus.FocusDigest;
import dev.tact.core.focus.FocusSessionListener;
import dev.tact.core.focus.SenderDigest;
import dev.tact.ui.internal.runtime.TactRuntime;

/** When a focus session ends, shows what arrived meanwhile: who, how many, first lines, urgent ones first. */
final class FocusDigestPresenter implements FocusSessionListener {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
	private static volatile String lastDigest = "";
	private final TactRuntime runtime;

	FocusDigestPresenter(TactRuntime runtime) {
		this.runtime = runtime;
	}

	@Override
	public void focusSessionEnded(FocusDigest digest) {
		String text = describe(digest, ZoneId.systemDefault());
		lastDigest = text;
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> NotificationPopup.forDisplay(display)
				.title(digest.isEmpty() ? "Focus session over" : "Focus session over: " + digest.totalCount() + " waiting", true)
				.text(text).delay(15_000).open());
	}

	/** The last digest shown, for tests. */
	static String lastDigest() {
		return lastDigest;
	}

	String describe(FocusDigest digest, ZoneId zone) {
		if (digest.isEmpty()) {
			return "Nothing arrived while you focused. Your previous status is back.";
		}
		StringBuilder text = new StringBuilder();
		for (SenderDigest sender : digest.senders()) {
			String name = runtime.client().contacts().contacts().stream().filter(c -> c.jid().equals(sender.from()))
					.map(c -> c.name()).findFirst().orElse(sender.from().toString());
			text.append(sender.hasUrgent() ? "\u26a0 " : "").append(name).append(" (").append(sender.count()).append(")\n");
			for (DigestLine line : sender.lines()) {
				text.append("  ").append(TIME.format(line.at().atZone(zone))).append("  ").append(line.firstLine()).append('\n');
			}
		}
		return text.toString().strip();
	}
}
