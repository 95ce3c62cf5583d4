package dev.tact.core.etiquette;

import java.util.Optional;

/** One send-time rule: a pure function of the draft and its context. */
interface DraftRule {

	RuleId id();

	Optional<EtiquetteHint> check(Draft draft);
}
