package dev.tact.ui.internal.notifications;

import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.notifications.NotificationPopup;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import dev.tact.core.address.BareJid;
import dev.tact.core.address.ChatAddress;
import dev.tact.core.alert.AlertBurst;
import dev.tact.core.alert.AlertDecision;
import dev.tact.core.alert.AlertEvent;
import dev.tact.core.alert.AlertTexts;
import dev.tact.core.alert.EventKind;
import dev.tact.core.client.NotInRoomException;
import dev.tact.core.contacts.SubscriptionAnswer;
import dev.tact.core.etiquette.EtiquetteHint;
import dev.tact.core.port.NotificationSink;
import dev.tact.ui.internal.chat.ChatEditors;
import dev.tact.ui.internal.jobs.NetworkJob;
import dev.tact.ui.internal.preferences.TactPreferences;
import dev.tact.ui.internal.rooms.GroupChatActions;
import dev.tact.ui.internal.runtime.TactRuntime;

/**
 * Shows a notification popup when, and only when, the alert policy says so: who, the first line, and links to open
 * the conversation or answer tersely ("In a meeting — talk later"), which the guide says is fine. One popup at a
 * time: what arrives while one is on screen replaces it with a summary ("12 new messages from 5 people", the newest
 * line, and a link to it), so a flood never stacks up popups.
 */
public final class PopupPresenter implements NotificationSink {

	private static final long VISIBLE_MS = 8_000;
	private static final int PREVIEW_CHARS = 140;

	private final TactRuntime runtime;
	/** The alerts of the popup on screen; the UI thread's only. */
	private final AlertBurst burst = new AlertBurst();
	private NotificationPopup onScreen;

	public PopupPresenter(TactRuntime runtime) {
		this.runtime = runtime;
	}

	@Override
	public void alert(AlertEvent event, AlertDecision decision, List<String> quickReplies) {
		if (!decision.popup() || !TactPreferences.popups() || !PlatformUI.isWorkbenchRunning()) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> show(display, event, quickReplies));
	}

	private void show(Display display, AlertEvent event, List<String> quickReplies) {
		burst.add(event);
		if (onScreen != null && onScreen.getShell() != null && !onScreen.getShell().isDisposed()) {
			NotificationPopup replaced = onScreen;
			onScreen = null; // its closing does not end the burst
			replaced.close();
		}
		NotificationPopup popup;
		if (burst.isSummary()) {
			AlertEvent latest = burst.latest();
			popup = NotificationPopup.forDisplay(display).title(burst.title(runtime.client()::nameOf), true)
					.delay(VISIBLE_MS).content(parent -> summary(parent, latest)).build();
		} else {
			popup = NotificationPopup.forDisplay(display).title(AlertTexts.title(event, runtime.client()::nameOf), true)
					.delay(VISIBLE_MS).content(parent -> content(parent, event, quickReplies)).build();
		}
		onScreen = popup;
		popup.open();
		popup.getShell().addListener(SWT.Dispose, closed -> {
			if (onScreen == popup) {
				onScreen = null;
				burst.clear();
			}
		});
	}

	/** The newest of several alerts, and a link to its conversation; the rest wait in their conversations. */
	private Composite summary(Composite parent, AlertEvent latest) {
		Composite box = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(box);
		Label preview = new Label(box, SWT.WRAP);
		preview.setText("Newest, from " + runtime.client().nameOf(latest.sender()) + ": "
				+ AlertTexts.preview(latest, PREVIEW_CHARS));
		GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(preview);
		Link actions = new Link(box, SWT.NONE);
		actions.setText("<a href=\"open\">Open the newest</a>");
		GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(actions);
		actions.addListener(SWT.Selection, e -> {
			open(latest);
			box.getShell().close();
		});
		return box;
	}

	private Composite content(Composite parent, AlertEvent event, List<String> quickReplies) {
		Composite box = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(box);
		Label preview = new Label(box, SWT.WRAP);
		preview.setText(event.kind() == EventKind.ADD_REQUEST ? runtime.client().etiquette().adviseOnAddRequest()
				.map(EtiquetteHint::message).orElse("They would like to see your presence.")
				: AlertTexts.preview(event, PREVIEW_CHARS));
		GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(preview);
		Link actions = new Link(box, SWT.NONE);
		StringBuilder text = new StringBuilder(switch (event.kind()) {
		case INVITE -> "<a href=\"join\">Join</a>   <a href=\"decline\">Decline</a>";
		case ADD_REQUEST -> "<a href=\"add-back\">Add back</a>   <a href=\"accept-only\">Accept only</a>   "
				+ "<a href=\"decline-request\">Decline gently</a>";
		default -> "<a href=\"open\">Open</a>";
		});
		if (event.kind() == EventKind.MESSAGE) {
			for (int i = 0; i < quickReplies.size(); i++) {
				text.append("   <a href=\"reply:").append(i).append("\">").append(quickReplies.get(i)).append("</a>");
			}
		}
		actions.setText(text.toString());
		GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(actions);
		actions.addListener(SWT.Selection, e -> {
			if ("open".equals(e.text)) {
				open(event);
			} else if ("join".equals(e.text)) {
				join(event);
			} else if ("decline".equals(e.text)) {
				runtime.client().groupChats().decline(event.room());
			} else if ("add-back".equals(e.text)) {
				answer(event, SubscriptionAnswer.ADD_BACK);
			} else if ("accept-only".equals(e.text)) {
				answer(event, SubscriptionAnswer.ACCEPT_ONLY);
			} else if ("decline-request".equals(e.text)) {
				answer(event, SubscriptionAnswer.DECLINE);
			} else if (e.text.startsWith("reply:")) {
				String reply = quickReplies.get(Integer.parseInt(e.text.substring("reply:".length())));
				quickReply(event, reply);
			}
			box.getShell().close();
		});
		return box;
	}

	private void open(AlertEvent event) {
		IWorkbenchWindow window = window();
		if (window == null) {
			return;
		}
		window.getShell().forceActive();
		ChatAddress conversation = event.conversation();
		if (conversation instanceof BareJid room && event.room() != null) {
			GroupChatActions.open(window.getActivePage(), room);
		} else {
			runtime.client().unread().markRead(conversation);
			ChatEditors.open(window.getActivePage(), conversation, runtime.client().nameOf(conversation));
		}
	}

	/**
	 * A quick reply goes where the message came from: the contact, or for a private message in a room the occupant
	 * alone, never the room. One that cannot go (they, or we, left the room) says so, and nothing waits.
	 */
	private void quickReply(AlertEvent event, String reply) {
		try {
			runtime.client().send(event.conversation(), reply, false);
		} catch (NotInRoomException refused) {
			IWorkbenchWindow window = window();
			if (window != null) {
				MessageDialog.openInformation(window.getShell(), "Not sent", refused.getMessage());
			}
		}
	}

	/** The guide: the notification itself lets you add the person back, or decline gently. */
	private void answer(AlertEvent event, SubscriptionAnswer answer) {
		NetworkJob.schedule("Answering " + event.from(), () -> runtime.client().answer(event.from(), answer),
				problem -> ILog.of(getClass()).warn(problem));
	}

	private void join(AlertEvent event) {
		IWorkbenchWindow window = window();
		if (window != null) {
			window.getShell().forceActive();
			GroupChatActions.join(window.getActivePage(), event.room(), problem -> ILog.of(getClass()).warn(problem));
		}
	}

	private static IWorkbenchWindow window() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
			window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		}
		return window;
	}
}
