package dev.tact.core.etiquette;

import static dev.tact.core.etiquette.Drafts.mine;
import static dev.tact.core.etiquette.Drafts.theirs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.tact.core.chat.ChatMessage;
import dev.tact.core.contacts.Familiarity;

class TooManyGoodbyesRuleTest {

	private final EtiquetteAdvisor advisor = new EtiquetteAdvisor();

	private List<RuleId> rulesFor(String draft, ChatMessage... history) {
		Draft d = Draft.of(draft, List.of(history), Drafts.AVAILABLE, Drafts.NOW, Familiarity.FREQUENT)
				.withRecipientName("Dana");
		return advisor.adviseOnDraft(d).stream().map(EtiquetteHint::rule).toList();
	}

	@Test
	void aGoodbyeAfterTheirGoodbyeGetsAQuietHint() {
		List<EtiquetteHint> hints = advisor.adviseOnDraft(Draft.of("bye!", List.of(mine(3, "pushed the fix"),
				theirs(1, "great, thanks, talk later")), Drafts.AVAILABLE, Drafts.NOW, Familiarity.FREQUENT)
				.withRecipientName("Dana"));
		assertEquals(RuleId.TOO_MANY_GOODBYES, hints.get(0).rule());
		assertEquals(Severity.INFO, hints.get(0).severity());
		assertTrue(hints.get(0).message().startsWith("Dana already said goodbye"), hints.get(0).message());
		assertEquals(GuideSentences.GOODBYES, hints.get(0).guideSentence());
		assertTrue(hints.get(0).actions().contains(SuggestedAction.SEND_ANYWAY));
	}

	@Test
	void aSecondGoodbyeOfOurOwnGetsTheHintToo() {
		assertEquals(List.of(RuleId.TOO_MANY_GOODBYES), rulesFor("have a good one", theirs(2, "bye"), mine(1, "bye!")));
	}

	@Test
	void theFirstGoodbyeIsFine() {
		assertEquals(List.of(), rulesFor("thanks, bye", theirs(1, "here is the link to the log")));
	}

	@Test
	void moreToSayAfterTheirGoodbyeIsNotAGoodbye() {
		assertEquals(List.of(), rulesFor("one more thing: the release notes are late", theirs(1, "bye")));
	}

	@Test
	void aGoodbyeAfterTheConversationWentOnIsFine() {
		assertEquals(List.of(), rulesFor("ok, bye", theirs(3, "bye"), mine(2, "wait, one more question"),
				theirs(1, "sure, it is in the wiki")));
	}

	@Test
	void groupChatsAreLeftOutSincePeopleLeaveOneByOne() {
		Draft d = Draft.of("bye all", List.of(theirs(1, "bye")), Drafts.AVAILABLE, Drafts.NOW, Familiarity.FREQUENT)
				.inGroupChat();
		assertEquals(List.of(), advisor.adviseOnDraft(d));
	}

	@Test
	void theRuleCanBeSwitchedOff() {
		EtiquetteAdvisor quiet = new EtiquetteAdvisor(Set.of(RuleId.TOO_MANY_GOODBYES));
		Draft d = Draft.of("bye", List.of(theirs(1, "bye")), Drafts.AVAILABLE, Drafts.NOW, Familiarity.FREQUENT);
		assertEquals(List.of(), quiet.adviseOnDraft(d));
	}
}
