package dev.tact.ui.internal.chat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import dev.tact.core.address.BareJid;
import dev.tact.core.address.ChatAddress;
import dev.tact.core.chat.MessageSize;
import dev.tact.core.chat.TypingNotices;
import dev.tact.core.client.NotInRoomException;
import dev.tact.core.client.SendGate;
import dev.tact.core.client.TactClient;
import dev.tact.core.etiquette.EtiquetteHint;
import dev.tact.core.etiquette.SuggestedAction;
import dev.tact.ui.internal.preferences.TactPreferences;

/**
 * What the chat editor's input, quick replies, hint buttons and file sharing do. Sending goes through the client
 * (outbox first, so nothing is lost while signed out); etiquette hints come from the {@link SendGate}.
 */
final class SendActions implements ComposeArea.Handler, HintBar.ActionHandler {

	private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

	private final TactClient client;
	private final ChatAddress peer;
	private final SendGate gate;
	private final Runnable refresh;
	private final TypingNotices typing;
	private ComposeArea compose;
	private HintBar hints;

	SendActions(TactClient client, ChatAddress peer, SendGate gate, Runnable refresh) {
		this.client = client;
		this.peer = peer;
		this.gate = gate;
		this.refresh = refresh;
		this.typing = client.typingNotices(peer, TactPreferences::sendTyping);
	}

	void bind(ComposeArea composeArea, HintBar hintBar) {
		this.compose = composeArea;
		this.hints = hintBar;
	}

	@Override
	public void submit(String draft) {
		if (draft.isBlank()) {
			return;
		}
		if (!MessageSize.fits(draft)) {
			hints.notice(MessageSize.tooLong(draft), "Send as File", () -> sendAsFile(draft));
			return;
		}
		List<EtiquetteHint> advice = gate.beforeSending(draft);
		if (advice.isEmpty()) {
			send(draft, false);
		} else {
			hints.show(advice);
		}
	}

	@Override
	public void quickReply(String reply) {
		if (sent(reply, false)) {
			refresh.run();
		}
	}

	@Override
	public void draftChanged(String draft) {
		typing.draftChanged(draft);
		if (gate.draftChanged(draft)) {
			hints.hide();
		}
	}

	@Override
	public void sendFile() {
		Shell shell = compose.input().getShell();
		FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
		dialog.setText("Send a file to " + peer);
		if (dialog.open() != null) {
			for (String name : dialog.getFileNames()) {
				share(Path.of(dialog.getFilterPath(), name));
			}
		}
	}

	/** Uploads {@code file} in a job and sends its link, or says inline why it cannot. */
	void share(Path file) {
		share(file, () -> {
		});
	}

	private void share(Path file, Runnable onShared) {
		if (!client.hasAccount()) {
			hints.notice("Sign in to share files: " + file.getFileName() + " was not sent.");
			return;
		}
		var display = compose.input().getDisplay();
		new FileShareJob(client, peer, file, problem -> display.asyncExec(() -> {
			if (!compose.input().isDisposed()) {
				hints.notice(problem);
			}
		}), () -> display.asyncExec(onShared)).schedule();
	}

	/**
	 * A text too long for one message goes as a text file with its link; the draft leaves the input once the link is
	 * sent, and stays (with the reason) if the upload fails.
	 */
	private void sendAsFile(String draft) {
		Path file;
		try {
			Path folder = Files.createTempDirectory("tact-message-");
			file = Files.writeString(folder.resolve("message-" + FILE_TIME.format(LocalDateTime.now()) + ".txt"), draft);
			file.toFile().deleteOnExit();
			folder.toFile().deleteOnExit();
		} catch (IOException e) {
			hints.notice("Could not write the message to a file to send: " + e.getMessage());
			return;
		}
		hints.hide();
		share(file, () -> {
			if (!compose.input().isDisposed() && compose.input().getText().equals(draft)) {
				sentFromInput();
			}
		});
	}

	@Override
	public void perform(EtiquetteHint hint, SuggestedAction action) {
		String draft = compose.input().getText();
		switch (action) {
			case SEND_ANYWAY -> send(draft, false);
			case SEND_AS_URGENT -> send(draft, true);
			case SEND_LATER -> {
				if (peer instanceof BareJid account) { // never offered for a private chat in a room
					client.sendLater(account, draft);
					sentFromInput();
				}
			}
			case EDIT -> compose.input().setFocus();
			case DISMISS -> hints.remove(hint);
			case DONT_SHOW_AGAIN -> {
				EtiquettePreferences.disable(hint.rule());
				hints.remove(hint);
			}
			default -> {
				// not offered by the hint bar
			}
		}
	}

	private void send(String draft, boolean urgent) {
		if (draft.isBlank()) {
			return;
		}
		// Offline, or out of the room for now: it shows as pending and goes when it can (core's outbox).
		if (sent(draft, urgent)) {
			sentFromInput();
		}
	}

	/**
	 * Sends, or says why it could not: a private chat in a room sends only while both are in it, and nothing waits
	 * (the draft stays in the input).
	 */
	private boolean sent(String text, boolean urgent) {
		try {
			client.send(peer, text, urgent);
			return true;
		} catch (NotInRoomException e) {
			hints.notice(e.getMessage());
			return false;
		}
	}

	/** The draft left the input (sent, or queued): the input is fresh again. */
	private void sentFromInput() {
		typing.sent();
		gate.sent();
		hints.hide();
		compose.clear();
		compose.input().setFocus();
		refresh.run();
	}
}
