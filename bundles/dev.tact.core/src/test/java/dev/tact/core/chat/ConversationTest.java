package dev.tact.core.chat;

import static dev.tact.core.chat.Messages.DANA;
import static dev.tact.core.chat.Messages.ME;
import static dev.tact.core.chat.Messages.fromDana;
import static dev.tact.core.chat.Messages.fromMe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tact.core.address.BareJid;

class ConversationTest {

	private final Conversation conversation = new Conversation(BareJid.parse("dana@example.org"));

	private ChatMessage find(String id) {
		return conversation.find(MessageId.of(id)).orElseThrow();
	}

	@Test
	void deliveryStateOnlyMovesForward() {
		conversation.add(fromMe("m1", 1, "hello"));
		assertTrue(conversation.updateDelivery(MessageId.of("m1"), DeliveryState.READ));
		assertFalse(conversation.updateDelivery(MessageId.of("m1"), DeliveryState.DELIVERED));
		assertEquals(DeliveryState.READ, find("m1").delivery());
	}

	@Test
	void correctionReplacesTheBodyAndMarksItEdited() {
		conversation.add(fromDana("d1", 1, "teh build is red"));
		conversation.add(fromDana("d2", 2, "anyone?"));
		assertEquals(CorrectionOutcome.APPLIED, conversation.correct(MessageId.of("d1"), DANA, "the build is red"));
		ChatMessage corrected = find("d1");
		assertEquals("the build is red", corrected.body());
		assertTrue(corrected.edited());
		assertEquals(2, conversation.size());
	}

	@Test
	void nobodyCanCorrectSomeoneElsesMessage() {
		conversation.add(fromDana("d1", 1, "original"));
		assertEquals(CorrectionOutcome.REJECTED_OTHER_SENDER, conversation.correct(MessageId.of("d1"), ME, "forged"));
		assertEquals("original", find("d1").body());
		assertFalse(find("d1").edited());
	}

	@Test
	void correctionArrivingBeforeItsOriginalIsAppliedWhenTheOriginalArrives() {
		assertEquals(CorrectionOutcome.HELD_FOR_ORIGINAL,
				conversation.correct(MessageId.of("d1"), DANA, "fixed"));
		conversation.addAll(List.of(fromDana("d1", 1, "fxied")));
		assertEquals("fixed", find("d1").body());
		assertTrue(find("d1").edited());
	}

	@Test
	void chatStatesAreKeptPerParticipant() {
		Author bob = Author.nick("bob");
		conversation.updateChatState(DANA, ChatState.COMPOSING);
		conversation.updateChatState(bob, ChatState.PAUSED);
		assertEquals(List.of(DANA), conversation.composing());
		conversation.updateChatState(DANA, ChatState.GONE);
		assertEquals(List.of(), conversation.composing());
	}

	@Test
	void aMessageEndsItsAuthorsTyping() {
		conversation.updateChatState(DANA, ChatState.COMPOSING);

		conversation.add(fromDana("d1", 1, "done"));

		assertEquals(List.of(), conversation.composing(), "in a room, messages come without a chat state");
	}
}
