package dev.tact.core.etiquette;

import java.time.Duration;
import java.util.Optional;

import dev.tact.core.chat.ChatMessage;
import dev.tact.core.contacts.Familiarity;

/**
 * When starting a conversation, state the topic and ask for time instead of a bare "hi". Not for someone we talk
 * with frequently, and not for a message with a real question or topic. A conversation starts when nothing was
 * exchanged for {@link #CONVERSATION_GAP}.
 */
final class OpeningMessageRule implements DraftRule {

	static final Duration CONVERSATION_GAP = Duration.ofHours(4);
	static final String EXAMPLE = "Got a moment to discuss the Contoso account?";

	@Override
	public RuleId id() {
		return RuleId.OPENING_MESSAGE;
	}

	@Override
	public Optional<EtiquetteHint> check(Draft draft) {
		if (draft.groupChat() || draft.familiarity() == Familiarity.FREQUENT || !isOpening(draft)
				|| !GreetingDetector.isBareGreeting(draft.text(), draft.recipientName())) {
			return Optional.empty();
		}
		return Optional.of(EtiquetteHint.of(id(), Severity.SUGGESTION,
				"Say what it is about and ask if they have time, for example \u201c" + EXAMPLE + "\u201d",
				"A bare greeting makes them stop and wait for the topic; with the topic they can decide when to answer.",
				GuideSentences.OPENING, SuggestedAction.EDIT, SuggestedAction.SEND_ANYWAY));
	}

	private static boolean isOpening(Draft draft) {
		var history = draft.recentHistory();
		if (history.isEmpty()) {
			return true;
		}
		ChatMessage last = history.get(history.size() - 1);
		return last.timestamp().isBefore(draft.now().minus(CONVERSATION_GAP));
	}
}
