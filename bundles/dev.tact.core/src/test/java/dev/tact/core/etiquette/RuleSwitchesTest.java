package dev.tact.core.etiquette;

import static dev.tact.core.etiquette.Drafts.toRareContact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.tact.core.presence.PresenceState;

class RuleSwitchesTest {

	@Test
	void disabledRuleGivesNoHintWhileOthersStillDo() {
		EtiquetteAdvisor advisor = new EtiquetteAdvisor(Set.of(RuleId.OPENING_MESSAGE));
		assertEquals(List.of(), advisor.adviseOnDraft(toRareContact("hi")));
		assertEquals(RuleId.ALL_CAPS, advisor.adviseOnDraft(toRareContact("PLEASE ANSWER QUICKLY")).get(0).rule());
	}

	@Test
	void dontShowAgainTurnsTheRuleOff() {
		EtiquetteAdvisor advisor = new EtiquetteAdvisor();
		EtiquetteHint hint = advisor.adviseOnDraft(Drafts.to(PresenceState.DO_NOT_DISTURB, "question")).get(0);
		assertTrue(hint.actions().contains(SuggestedAction.DONT_SHOW_AGAIN));
		EtiquetteAdvisor quieter = new EtiquetteAdvisor(Set.of(hint.rule()));
		assertEquals(List.of(), quieter.adviseOnDraft(Drafts.to(PresenceState.DO_NOT_DISTURB, "question")));
		assertTrue(quieter.adviseOnInvite(2).isPresent());
	}

	@Test
	void everyRuleHasAStableKey() {
		for (RuleId id : RuleId.values()) {
			assertEquals(id, RuleId.fromKey(id.key()));
		}
		assertNull(RuleId.fromKey("no-such-rule"));
	}

	@Test
	void firmestHintComesFirst() {
		List<EtiquetteHint> hints = new EtiquetteAdvisor()
				.adviseOnDraft(Drafts.to(PresenceState.AWAY, "WHERE ARE THE RELEASE NOTES"));
		assertEquals(List.of(RuleId.ALL_CAPS, RuleId.PRESENCE_AWARE_SEND), hints.stream().map(EtiquetteHint::rule).toList());
	}
}
