package dev.tact.core.etiquette;

import java.util.List;
import java.util.Optional;

import dev.tact.core.chat.ChatMessage;

/**
 * A goodbye after the conversation has already been ended, by the other person or by us: "the first person to
 * indicate an end to the conversation is usually enough". One-to-one only; in a room people leave one by one.
 */
final class TooManyGoodbyesRule implements DraftRule {

	@Override
	public RuleId id() {
		return RuleId.TOO_MANY_GOODBYES;
	}

	@Override
	public Optional<EtiquetteHint> check(Draft draft) {
		if (draft.groupChat() || !ClosingDetector.isClosing(draft.text(), draft.recipientName())) {
			return Optional.empty();
		}
		Optional<ChatMessage> ended = endingAlreadySaid(draft.recentHistory(), draft.recipientName());
		if (ended.isEmpty()) {
			return Optional.empty();
		}
		String message = ended.get().isOutgoing() ? "You already said goodbye; one is usually enough."
				: draft.recipientLabel() + " already said goodbye; there is no need for another.";
		return Optional.of(EtiquetteHint.of(id(), Severity.INFO, message,
				"The first person to end the conversation usually ends it for both.", GuideSentences.GOODBYES,
				SuggestedAction.SEND_ANYWAY, SuggestedAction.EDIT));
	}

	/** The last message, if it already ended the conversation (a goodbye from either side). */
	private static Optional<ChatMessage> endingAlreadySaid(List<ChatMessage> history, String names) {
		if (history.isEmpty()) {
			return Optional.empty();
		}
		ChatMessage last = history.get(history.size() - 1);
		return ClosingDetector.isClosing(last.body(), names) ? Optional.of(last) : Optional.empty();
	}
}
