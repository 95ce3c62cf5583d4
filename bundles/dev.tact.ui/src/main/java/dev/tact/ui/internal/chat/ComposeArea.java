package dev.tact.ui.internal.chat;

import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;

import dev.tact.core.etiquette.QuickReplies;
import dev.tact.core.transcript.Emoticons;

/**
 * Where the user writes: a row of quick replies (terse answers are fine, they go out at once), the multi-line input
 * (Enter sends, Shift+Enter starts a new line), an emoji picker, "Send file…" and Send.
 */
final class ComposeArea {

	/** What the editor does with the user's input. */
	interface Handler {
		void submit(String draft);

		void quickReply(String reply);

		void draftChanged(String draft);

		void sendFile();
	}

	private final Text input;
	private Menu emojiMenu;

	ComposeArea(Composite parent, Handler handler) {
		Composite replies = new Composite(parent, SWT.NONE);
		replies.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		RowLayout row = new RowLayout(SWT.HORIZONTAL);
		row.center = true;
		replies.setLayout(row);
		new Label(replies, SWT.NONE).setText("Quick replies:");
		for (String reply : QuickReplies.DEFAULT) {
			Button button = new Button(replies, SWT.PUSH | SWT.FLAT);
			button.setText(reply);
			button.addListener(SWT.Selection, e -> handler.quickReply(reply));
		}
		Button collapsed = new Button(parent, SWT.PUSH | SWT.FLAT);
		collapsed.setText("Quick Reply \u25BE");
		collapsed.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		collapsed.addListener(SWT.Selection, e -> showQuickReplyMenu(collapsed, handler));
		// a narrow editor gets one button instead of a row that would wrap over three lines or more
		parent.addListener(SWT.Resize, e -> fitQuickReplies(parent, replies, collapsed));
		fitQuickReplies(parent, replies, collapsed);

		Composite bottom = new Composite(parent, SWT.NONE);
		bottom.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
		bottom.setLayout(new GridLayout(4, false));
		input = new Text(bottom, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		input.setData(ChatKeys.DATA, ChatKeys.INPUT);
		GridData inputData = new GridData(SWT.FILL, SWT.FILL, true, false);
		inputData.heightHint = input.getLineHeight() * 3;
		input.setLayoutData(inputData);
		input.setMessage("Write a message \u2014 Enter sends, Shift+Enter for a new line");
		input.addListener(SWT.KeyDown, e -> {
			if (isEnter(e) && (e.stateMask & SWT.SHIFT) == 0) {
				e.doit = false;
				handler.submit(input.getText());
			}
		});
		input.addListener(SWT.Modify, e -> handler.draftChanged(input.getText()));

		Button emoji = new Button(bottom, SWT.PUSH);
		emoji.setText("\u263A"); // in every UI font, unlike the colour emoji it inserts
		emoji.setToolTipText("Insert an emoji");
		emoji.addListener(SWT.Selection, e -> showEmojiMenu(emoji));
		Button sendFile = new Button(bottom, SWT.PUSH);
		sendFile.setText("Send file\u2026");
		sendFile.addListener(SWT.Selection, e -> handler.sendFile());
		Button send = new Button(bottom, SWT.PUSH);
		send.setText("Send");
		send.addListener(SWT.Selection, e -> handler.submit(input.getText()));
	}

	Text input() {
		return input;
	}

	void clear() {
		input.setText("");
	}

	private static void fitQuickReplies(Composite parent, Composite replies, Button collapsed) {
		int width = parent.getClientArea().width;
		int oneLine = replies.computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
		boolean fits = width == 0 || replies.computeSize(width, SWT.DEFAULT).y <= oneLine * 2;
		boolean changed = replies.getVisible() != fits || collapsed.getVisible() == fits;
		((GridData) replies.getLayoutData()).exclude = !fits;
		replies.setVisible(fits);
		((GridData) collapsed.getLayoutData()).exclude = fits;
		collapsed.setVisible(!fits);
		if (changed) {
			parent.layout(true);
		}
	}

	private static void showQuickReplyMenu(Button anchor, Handler handler) {
		Menu menu = new Menu(anchor);
		for (String reply : QuickReplies.DEFAULT) {
			MenuItem item = new MenuItem(menu, SWT.PUSH);
			item.setText(reply.replace("&", "&&"));
			item.addListener(SWT.Selection, e -> handler.quickReply(reply));
		}
		menu.addListener(SWT.Hide, e -> anchor.getDisplay().asyncExec(menu::dispose));
		Rectangle bounds = anchor.getBounds();
		menu.setLocation(anchor.getParent().toDisplay(bounds.x, bounds.y + bounds.height));
		menu.setVisible(true);
	}

	/** One menu per editor, made on first use and disposed with the button. */
	private void showEmojiMenu(Button anchor) {
		if (emojiMenu == null) {
			emojiMenu = new Menu(anchor);
			for (Map.Entry<String, String> entry : Emoticons.ALL.entrySet()) {
				MenuItem item = new MenuItem(emojiMenu, SWT.PUSH);
				item.setText(entry.getValue() + "  " + entry.getKey());
				item.addListener(SWT.Selection, e -> {
					input.insert(entry.getValue());
					input.setFocus();
				});
			}
			anchor.addListener(SWT.Dispose, e -> emojiMenu.dispose());
		}
		Rectangle bounds = anchor.getBounds();
		Point below = anchor.getParent().toDisplay(bounds.x, bounds.y + bounds.height);
		emojiMenu.setLocation(below);
		emojiMenu.setVisible(true);
	}

	private static boolean isEnter(Event e) {
		return e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR || e.character == SWT.CR;
	}
}
