package dev.tact.core.etiquette;

import java.time.Duration;
import java.util.Optional;

import dev.tact.core.chat.ChatMessage;
import dev.tact.core.presence.Presence;

/**
 * Check the recipient's presence before sending: Busy means refrain unless urgent, In a Call means they may be slow
 * to respond, Do Not Disturb means only for an emergency, Away or Offline means they will read it when back. Quiet
 * while the recipient is chatting with us (they wrote within {@link #ENGAGED}), and for Busy and Do Not Disturb
 * when the user already chose to send as urgent.
 */
final class PresenceAwareSendRule implements DraftRule {

	static final Duration ENGAGED = Duration.ofMinutes(10);

	@Override
	public RuleId id() {
		return RuleId.PRESENCE_AWARE_SEND;
	}

	@Override
	public Optional<EtiquetteHint> check(Draft draft) {
		Presence presence = draft.recipientPresence();
		if (presence == null || draft.groupChat() || recipientIsEngaged(draft)) {
			return Optional.empty();
		}
		String who = draft.recipientLabel();
		return switch (presence.state()) {
			case AVAILABLE -> Optional.empty();
			case BUSY, DEBUGGING, FOCUSING -> draft.urgent() ? Optional.empty()
					: hint(Severity.WARNING, who + " is busy. Send only if it is urgent.",
							"A red status means they are not available for a conversation right now.",
							GuideSentences.BUSY, SuggestedAction.SEND_LATER, SuggestedAction.SEND_AS_URGENT,
							SuggestedAction.SEND_ANYWAY);
			case IN_A_CALL -> hint(Severity.INFO, who + " is in a call and may be slow to respond.",
					"People in a call can read messages but might not answer until the call ends.",
					GuideSentences.IN_A_CALL, SuggestedAction.SEND_ANYWAY, SuggestedAction.SEND_LATER);
			case DO_NOT_DISTURB -> draft.urgent() ? Optional.empty()
					: hint(Severity.WARNING, who + " does not want to be disturbed. Send only for an emergency.",
							"Do Not Disturb is for times like a presentation, when any interruption costs.",
							GuideSentences.DO_NOT_DISTURB, SuggestedAction.SEND_LATER,
							SuggestedAction.SEND_AS_URGENT);
			case BE_RIGHT_BACK, AWAY, OFF_WORK -> hint(Severity.INFO, who + " is away and will see this when back.",
					"Away people are not at their device; the message waits for them.",
					GuideSentences.CHECK_PRESENCE, SuggestedAction.SEND_ANYWAY, SuggestedAction.SEND_LATER);
			case APPEAR_OFFLINE, OFFLINE -> hint(Severity.INFO,
					who + " is offline. The message will be delivered when they are back.",
					"The server keeps it until they sign in.", GuideSentences.CHECK_PRESENCE,
					SuggestedAction.SEND_ANYWAY);
		};
	}

	private static boolean recipientIsEngaged(Draft draft) {
		var history = draft.recentHistory();
		for (int i = history.size() - 1; i >= 0; i--) {
			ChatMessage message = history.get(i);
			if (!message.isOutgoing()) {
				return !message.timestamp().isBefore(draft.now().minus(ENGAGED));
			}
		}
		return false;
	}

	private Optional<EtiquetteHint> hint(Severity severity, String message, String reason, String sentence,
			SuggestedAction... actions) {
		return Optional.of(EtiquetteHint.of(id(), severity, message, reason, sentence, actions));
	}
}
