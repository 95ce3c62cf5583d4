package dev.tact.core.etiquette;

import java.util.Optional;

/** Capitals read as shouting: warn before sending (code and acronyms excepted, see {@link ShoutingDetector}). */
final class ShoutingRule implements DraftRule {

	@Override
	public RuleId id() {
		return RuleId.ALL_CAPS;
	}

	@Override
	public Optional<EtiquetteHint> check(Draft draft) {
		if (!ShoutingDetector.isShouting(draft.text())) {
			return Optional.empty();
		}
		return Optional.of(EtiquetteHint.of(id(), Severity.WARNING, "This message is in capitals and reads as shouting.",
				"As with email, all capital letters are the IM equivalent of shouting.", GuideSentences.ALL_CAPS,
				SuggestedAction.EDIT, SuggestedAction.SEND_ANYWAY));
	}
}
