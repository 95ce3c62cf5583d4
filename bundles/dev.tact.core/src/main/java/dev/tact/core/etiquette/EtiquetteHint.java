package dev.tact.core.etiquette;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A piece of etiquette advice: which rule, how firm, what to tell the user, why, the sentence of the guide it comes
 * from (quoted exactly), and what the user can do about it. Every hint offers
 * {@link SuggestedAction#DONT_SHOW_AGAIN}: each rule can be turned off.
 */
public record EtiquetteHint(RuleId rule, Severity severity, String message, String reason, String guideSentence,
		List<SuggestedAction> actions) {

	public EtiquetteHint {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(message, "message");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(guideSentence, "guideSentence");
		List<SuggestedAction> all = new ArrayList<>(actions == null ? List.of() : actions);
		if (!all.contains(SuggestedAction.DONT_SHOW_AGAIN)) {
			all.add(SuggestedAction.DONT_SHOW_AGAIN);
		}
		actions = List.copyOf(all);
	}

	static EtiquetteHint of(RuleId rule, Severity severity, String message, String reason, String guideSentence,
			SuggestedAction... actions) {
		return new EtiquetteHint(rule, severity, message, reason, guideSentence, List.of(actions));
	}
}
