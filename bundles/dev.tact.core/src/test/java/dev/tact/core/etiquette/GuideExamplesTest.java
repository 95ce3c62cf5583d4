package dev.tact.core.etiquette;

import static dev.tact.core.etiquette.Drafts.NOW;
import static dev.tact.core.etiquette.Drafts.mine;
import static dev.tact.core.etiquette.Drafts.theirs;
import static dev.tact.core.etiquette.Drafts.to;
import static dev.tact.core.etiquette.Drafts.toFrequentContact;
import static dev.tact.core.etiquette.Drafts.toRareContact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.tact.core.contacts.Familiarity;
import dev.tact.core.presence.Presence;
import dev.tact.core.presence.PresenceState;

/** The guide's own examples, rule by rule. */
class GuideExamplesTest {

	private final EtiquetteAdvisor advisor = new EtiquetteAdvisor();

	private List<RuleId> rulesFor(Draft draft) {
		return advisor.adviseOnDraft(draft).stream().map(EtiquetteHint::rule).toList();
	}

	@Test
	void statingTheTopicAndAskingForTimeIsAGoodOpener() {
		assertEquals(List.of(), rulesFor(toRareContact("Got a moment to discuss the Contoso account?")));
	}

	@Test
	void bareHiToARareContactSuggestsStatingTheTopic() {
		EtiquetteHint hint = advisor.adviseOnDraft(toRareContact("hi")).get(0);
		assertEquals(RuleId.OPENING_MESSAGE, hint.rule());
		assertTrue(hint.message().contains("Got a moment to discuss the Contoso account?"));
		assertEquals(GuideSentences.OPENING, hint.guideSentence());
		assertTrue(hint.actions().contains(SuggestedAction.EDIT));
	}

	@Test
	void otherBareGreetingsAreCaughtToo() {
		for (String greeting : List.of("hey there", "hello?", "Hi Dana!", "hiya 👋", "you around?", "Good morning")) {
			assertEquals(List.of(RuleId.OPENING_MESSAGE), rulesFor(toRareContact(greeting)), greeting);
		}
	}

	@Test
	void quickQuestionToAFrequentContactIsFine() {
		assertEquals(List.of(), rulesFor(toFrequentContact("Are you going to join us for the meeting?")));
		assertEquals(List.of(), rulesFor(toFrequentContact("hi")));
	}

	@Test
	void realQuestionToARareContactIsNotABareGreeting() {
		assertEquals(List.of(), rulesFor(toRareContact("Hi, are you going to join us for the meeting?")));
	}

	@Test
	void greetingInTheMiddleOfAConversationIsNotAnOpener() {
		Draft draft = Draft.of("hi", List.of(theirs(5, "back from lunch")), Drafts.AVAILABLE, NOW, Familiarity.RARE);
		assertEquals(List.of(), rulesFor(draft));
	}

	@Test
	void terseReplyIsFineToSendAndReassuringToReceive() {
		assertEquals(List.of(), rulesFor(toRareContact("in a meeting - talk later")));
		EtiquetteHint hint = advisor.adviseOnReceived("in a meeting - talk later").orElseThrow();
		assertEquals(RuleId.TERSE_REPLY, hint.rule());
		assertEquals(GuideSentences.TERSE_REPLY, hint.guideSentence());
		assertTrue(advisor.adviseOnReceived("Here is the full design review you asked for").isEmpty());
	}

	@Test
	void quickRepliesAreTerseAndPassEveryRule() {
		for (String reply : QuickReplies.DEFAULT) {
			assertEquals(List.of(), rulesFor(toRareContact(reply)), reply);
		}
	}

	@Test
	void allCapsMessageWarnsOfShouting() {
		EtiquetteHint hint = advisor.adviseOnDraft(toFrequentContact("PLEASE REVIEW THIS TODAY")).get(0);
		assertEquals(RuleId.ALL_CAPS, hint.rule());
		assertEquals(Severity.WARNING, hint.severity());
		assertEquals(GuideSentences.ALL_CAPS, hint.guideSentence());
	}

	@Test
	void sqlInCodeAndShortAcronymsAreNotShouting() {
		assertEquals(List.of(), rulesFor(toFrequentContact("the `SQL JOIN` is slow")));
		assertEquals(List.of(), rulesFor(toFrequentContact("```\nSELECT NAME FROM USERS WHERE ACTIVE\n```")));
		assertEquals(List.of(), rulesFor(toFrequentContact("NASA HTTP SQL JOIN")));
	}

	@Test
	void busyRecipientMeansRefrainUnlessUrgent() {
		EtiquetteHint hint = advisor.adviseOnDraft(to(PresenceState.BUSY, "Can you look at the build?")).get(0);
		assertEquals(RuleId.PRESENCE_AWARE_SEND, hint.rule());
		assertEquals(GuideSentences.BUSY, hint.guideSentence());
		assertTrue(hint.actions().containsAll(
				Set.of(SuggestedAction.SEND_ANYWAY, SuggestedAction.SEND_AS_URGENT, SuggestedAction.SEND_LATER)));
		assertEquals(List.of(), rulesFor(to(PresenceState.BUSY, "Prod is down").asUrgent()));
	}

	@Test
	void eachPresenceGetsItsOwnGuideSentence() {
		assertEquals(GuideSentences.IN_A_CALL, firstHint(to(PresenceState.IN_A_CALL, "question")).guideSentence());
		assertEquals(GuideSentences.DO_NOT_DISTURB,
				firstHint(to(PresenceState.DO_NOT_DISTURB, "question")).guideSentence());
		assertEquals(GuideSentences.BUSY, firstHint(to(PresenceState.FOCUSING, "question")).guideSentence());
		assertTrue(firstHint(to(PresenceState.AWAY, "question")).message().contains("when back"));
		assertTrue(firstHint(to(PresenceState.OFFLINE, "question")).message().contains("delivered"));
		assertEquals(List.of(), rulesFor(to(PresenceState.AVAILABLE, "question")));
	}

	@Test
	void busyRecipientWhoIsChattingWithUsGetsNoPresenceHint() {
		Draft draft = Draft.of("sure, one more thing", List.of(theirs(1, "go ahead")),
				Presence.of(PresenceState.BUSY), NOW, Familiarity.FREQUENT);
		assertEquals(List.of(), rulesFor(draft));
	}

	@Test
	void thirdUnansweredMessageSuggestsWaiting() {
		Draft second = Draft.of("ping", List.of(mine(5, "Can you review PR 12?")), Drafts.AVAILABLE, NOW,
				Familiarity.FREQUENT);
		assertEquals(List.of(), rulesFor(second));
		Draft third = Draft.of("ping?", List.of(theirs(60, "thanks!"), mine(5, "Can you review PR 12?"),
				mine(2, "it is small")), Drafts.AVAILABLE, NOW, Familiarity.FREQUENT);
		EtiquetteHint hint = advisor.adviseOnDraft(third).get(0);
		assertEquals(RuleId.UNANSWERED, hint.rule());
		assertTrue(hint.message().contains("They will answer when free"));
		assertEquals(GuideSentences.UNANSWERED, hint.guideSentence());
	}

	@Test
	void invitingIntoARunningConversationAsksTheRoomFirst() {
		EtiquetteHint hint = advisor.adviseOnInvite(3).orElseThrow();
		assertEquals(GuideSentences.MULTIPARTY, hint.guideSentence());
		assertTrue(hint.actions().contains(SuggestedAction.ASK_ROOM_FIRST));
		assertTrue(advisor.adviseOnInvite(0).isEmpty());
	}

	@Test
	void addingAndAnsweringContactsExplainWhatHappens() {
		assertEquals(GuideSentences.ADDING_TELLS, advisor.adviseOnAddingContact().orElseThrow().guideSentence());
		assertEquals(GuideSentences.ADD_REQUEST, advisor.adviseOnAddRequest().orElseThrow().guideSentence());
	}

	private EtiquetteHint firstHint(Draft draft) {
		return advisor.adviseOnDraft(draft).get(0);
	}
}
