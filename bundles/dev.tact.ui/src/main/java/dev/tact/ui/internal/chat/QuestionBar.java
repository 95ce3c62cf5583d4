package dev.tact.ui.internal.chat;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import dev.tact.core.address.BareJid;
import dev.tact.core.client.GroupChats;
import dev.tact.core.port.ConsentAsk;

/**
 * Above a group chat's input: questions the others asked ("dana asks: OK to add kim@example.org?") with "Object" and
 * "Fine by me". Saying nothing is fine too; the invitation goes ahead when the time is up.
 */
public final class QuestionBar {

	private static final int LAPSE_CHECK_MS = 5_000;

	private final GroupChats chats;
	private final BareJid room;
	private final Consumer<String> onError;
	private final Composite bar;
	private final Runnable lapseCheck = this::refresh;
	private List<ConsentAsk> shownAsks = List.of();

	public QuestionBar(Composite parent, GroupChats chats, BareJid room, Consumer<String> onError) {
		this.chats = chats;
		this.room = room;
		this.onError = onError;
		bar = new Composite(parent, SWT.NONE);
		bar.setData(ChatKeys.DATA, ChatKeys.QUESTIONS);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(bar);
		bar.setVisible(false);
		refresh();
	}

	public Control control() {
		return bar;
	}

	private void object(ConsentAsk ask) {
		chats.object(ask).whenComplete((ok, error) -> {
			if (error != null) {
				onError.accept("Your objection was not sent: " + error.getMessage());
			}
		});
		refresh();
	}

	/** Shows the open questions as the model has them; on the UI thread. */
	public void refresh() {
		if (bar.isDisposed()) {
			return;
		}
		List<ConsentAsk> asks = chats.openQuestions(room);
		if (!asks.isEmpty()) {
			bar.getDisplay().timerExec(LAPSE_CHECK_MS, lapseCheck); // questions lapse after a minute; one timer at most
		}
		if (asks.equals(shownAsks)) {
			return; // unchanged: keep the buttons (and the keyboard focus on them)
		}
		shownAsks = asks;
		for (Control child : bar.getChildren()) {
			child.dispose();
		}
		for (ConsentAsk ask : asks) {
			Label question = new Label(bar, SWT.WRAP);
			question.setText(ask.askerNick() + " asks: OK to add " + ask.invitee() + " to this conversation?");
			GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(question);
			button("&Object", () -> object(ask));
			button("&Fine by Me", () -> {
				chats.answered(ask);
				refresh();
			});
		}
		boolean show = !asks.isEmpty();
		bar.setVisible(show);
		((GridData) bar.getLayoutData()).exclude = !show;
		bar.getParent().layout(true, true);
	}

	private void button(String text, Runnable action) {
		Button button = new Button(bar, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
	}
}
