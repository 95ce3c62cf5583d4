package dev.tact.ui.tests.chat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

import dev.tact.ui.tests.fixture.ChatScreen;
import dev.tact.ui.internal.chat.ChatEditor;

/** Drives a chat editor's real widgets the way SWT would on a keystroke or a click. */
final class ChatWidgets {

	private ChatWidgets() {
	}

	static void type(ChatEditor editor, String text) {
		ChatScreen.of(editor).input().setFocus();
		ChatScreen.of(editor).input().setText(text);
	}

	static void pressEnter(ChatEditor editor) {
		Event event = new Event();
		event.keyCode = SWT.CR;
		event.character = SWT.CR;
		ChatScreen.of(editor).input().notifyListeners(SWT.KeyDown, event);
	}

	static void click(Button button) {
		button.notifyListeners(SWT.Selection, new Event());
	}

	/** The button labelled {@code label} somewhere under {@code parent}, or null. */
	static Button button(Control parent, String label) {
		if (parent instanceof Button button && label.equals(button.getText())) {
			return button;
		}
		if (parent instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Button found = button(child, label);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Clicks the transcript on the character at {@code offset}, as a mouse press and release there would. */
	static void clickTranscriptAt(StyledText transcript, int offset) {
		transcript.setTopIndex(transcript.getLineAtOffset(offset));
		Point at = transcript.getLocationAtOffset(offset);
		int height = transcript.getLineHeight(offset);
		Event up = new Event();
		up.button = 1;
		up.x = at.x + 2;
		up.y = at.y + height / 2;
		transcript.notifyListeners(SWT.MouseUp, up);
	}

	/** Saves the workbench window as {@code name} in the directory named by {@code tact.screenshots}, if set. */
	static void screenshot(Shell shell, String name) throws IOException {
		String directory = System.getProperty("tact.screenshots");
		if (directory == null || directory.isBlank()) {
			return;
		}
		Path target = Path.of(directory).resolve(name);
		Files.createDirectories(target.getParent());
		shell.update();
		Point size = shell.getSize();
		Image image = new Image(shell.getDisplay(), size.x, size.y);
		GC gc = new GC(shell);
		try {
			gc.copyArea(image, 0, 0);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(target.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
