package dev.tact.core.etiquette;

import java.util.List;
import java.util.Optional;

import dev.tact.core.chat.ChatMessage;

/** Our third message in a row with no reply: suggest waiting, since the contact will answer when free. */
final class UnansweredRule implements DraftRule {

	/** The draft that would be this many unanswered messages in a row gets the hint. */
	static final int LIMIT = 3;

	@Override
	public RuleId id() {
		return RuleId.UNANSWERED;
	}

	@Override
	public Optional<EtiquetteHint> check(Draft draft) {
		if (draft.groupChat()) {
			return Optional.empty();
		}
		int unanswered = trailingOutgoing(draft.recentHistory());
		if (unanswered + 1 < LIMIT) {
			return Optional.empty();
		}
		return Optional.of(EtiquetteHint.of(id(), Severity.SUGGESTION,
				"You have sent " + unanswered + " messages without a reply. They will answer when free.",
				"They might be unable to answer right now, even when their status is Available.",
				GuideSentences.UNANSWERED, SuggestedAction.SEND_LATER, SuggestedAction.SEND_ANYWAY));
	}

	private static int trailingOutgoing(List<ChatMessage> history) {
		int count = 0;
		for (int i = history.size() - 1; i >= 0 && history.get(i).isOutgoing(); i--) {
			count++;
		}
		return count;
	}
}
