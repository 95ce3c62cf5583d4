package dev.tact.ui.internal.contacts;

import java.util.Optional;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import dev.tact.core.contacts.SubscriptionAnswer;
import dev.tact.core.contacts.SubscriptionRequest;

/**
 * Answers someone who added you: add them back, only let them see your presence, or decline gently. As the guide
 * says, you are not obliged to add them back, and declining sends them no message.
 */
public final class AddRequestDialog {

	private static final String[] BUTTONS = { "Add &Back", "&Accept Only", "&Decline Gently", "&Later" };

	private AddRequestDialog() {
	}

	public static Optional<SubscriptionAnswer> ask(Shell parent, SubscriptionRequest request) {
		String who = request.nickname() == null || request.nickname().isBlank() ? request.from().toString()
				: request.nickname() + " (" + request.from() + ")";
		MessageDialog dialog = new MessageDialog(parent, "Add Request", null,
				who + " added you to their contacts and would like to see your presence.\n\n"
						+ "You can add them to your contacts too, but you don't have to. Declining is gentle: they are not told why.",
				MessageDialog.QUESTION, 0, BUTTONS);
		return switch (dialog.open()) {
		case 0 -> Optional.of(SubscriptionAnswer.ADD_BACK);
		case 1 -> Optional.of(SubscriptionAnswer.ACCEPT_ONLY);
		case 2 -> Optional.of(SubscriptionAnswer.DECLINE);
		default -> Optional.empty();
		};
	}
}
