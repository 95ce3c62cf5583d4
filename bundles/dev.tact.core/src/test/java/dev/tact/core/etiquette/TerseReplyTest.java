package dev.tact.core.etiquette;

import static dev.tact.core.etiquette.Drafts.mine;
import static dev.tact.core.etiquette.Drafts.theirs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** "If you receive a terse IM response (for example, "in a meeting - talk later"), don't be offended." */
class TerseReplyTest {

	private final EtiquetteAdvisor advisor = new EtiquetteAdvisor();

	@Test
	void aTerseAnswerToOurMessageGetsAReassurance() {
		EtiquetteHint hint = advisor.adviseOnReply(List.of(mine(2, "Got a moment to discuss the build?"),
				theirs(1, "in a meeting - talk later"))).orElseThrow();
		assertEquals(RuleId.TERSE_REPLY, hint.rule());
		assertEquals(GuideSentences.TERSE_REPLY, hint.guideSentence());
		assertTrue(hint.actions().contains(SuggestedAction.DISMISS));
	}

	@Test
	void onlyAnAnswerToUsCountsNotAnyShortMessage() {
		assertTrue(advisor.adviseOnReply(List.of(theirs(2, "hi"), theirs(1, "busy, later"))).isEmpty());
		assertTrue(advisor.adviseOnReply(List.of(theirs(1, "in a meeting"), mine(0, "ok"))).isEmpty());
		assertTrue(advisor.adviseOnReply(List.of(mine(2, "ping"), theirs(1, "Here is the whole review you asked for")))
				.isEmpty());
		assertTrue(advisor.adviseOnReply(List.of()).isEmpty());
	}

	@Test
	void theReassuranceCanBeSwitchedOff() {
		assertTrue(new EtiquetteAdvisor(Set.of(RuleId.TERSE_REPLY)).adviseOnReply(List.of(mine(2, "?"), theirs(1, "on a call")))
				.isEmpty());
	}
}
