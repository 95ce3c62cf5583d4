package dev.tact.ui.internal.contacts;

import java.util.Optional;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import dev.tact.core.contacts.SubscriptionAnswer;
import dev.tact.core.contacts.SubscriptionRequest;
import dev.tact.core.etiquette.EtiquetteHint;
import dev.tact.core.text.DisplayText;

/**
 * Answers someone who added you: add them back, only let them see your presence, or decline gently. As the guide
 * says, you are not obliged to add them back, and declining sends them no message.
 */
public final class AddRequestDialog {

	private static final String[] BUTTONS = { "Add &Back", "&Accept Only", "&Decline Gently", "&Later" };

	private AddRequestDialog() {
	}

	/** @param hint the guide's word on the choices, unless the user turned it off */
	public static Optional<SubscriptionAnswer> ask(Shell parent, SubscriptionRequest request,
			Optional<EtiquetteHint> hint) {
		String text = who(request) + " added you to their contacts and would like to see your presence."
				+ hint.map(h -> "\n\n" + h.message() + " Declining is gentle: they are not told why.").orElse("");
		MessageDialog dialog = new MessageDialog(parent, "Add Request", null, text, MessageDialog.QUESTION, 0, BUTTONS);
		return switch (dialog.open()) {
		case 0 -> Optional.of(SubscriptionAnswer.ADD_BACK);
		case 1 -> Optional.of(SubscriptionAnswer.ACCEPT_ONLY);
		case 2 -> Optional.of(SubscriptionAnswer.DECLINE);
		default -> Optional.empty();
		};
	}

	/** "Kim (kim@example.org)": the nickname the request claims, which is anyone's text, then the real address. */
	public static String who(SubscriptionRequest request) {
		String nick = DisplayText.line(request.nickname(), 60);
		return nick.isEmpty() ? request.from().toString() : nick + " (" + request.from() + ")";
	}
}
