package dev.tact.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.Occupant;
import dev.tact.core.chat.Role;
import dev.tact.core.etiquette.RuleId;
import dev.tact.core.port.ConsentAsk;
import dev.tact.core.port.InvitationProgress;
import dev.tact.core.testing.InMemoryGroupChat;
import dev.tact.core.testing.MutableClock;

/** Inviting into a room others are in asks them first; their questions wait for our answer, within limits. */
class RoomQuestionsTest {

	private static final BareJid DANA = SignedInRooms.DANA;
	private static final BareJid LEE = SignedInRooms.LEE;
	private static final BareJid ROOM = SignedInRooms.ROOM;

	private final SignedInRooms signedIn = new SignedInRooms();
	private final MutableClock clock = signedIn.clock;
	private final InMemoryGroupChat rooms = signedIn.rooms;
	private final TactClient client = signedIn.client;

	@Test
	void invitingIntoARunningRoomAsksTheOthersForAMinute() {
		signedIn.enter();
		rooms.roomSays(l -> l.occupantJoinedOrUpdated(ROOM, new Occupant("dana", Role.PARTICIPANT, DANA)));

		client.groupChats().invite(ROOM, LEE, progress -> {
		}).cancel();

		assertEquals(List.of("join " + ROOM + " as me", "ask " + ROOM + " about " + LEE + " for 60 s", "withdraw " + LEE),
				rooms.calls);
	}

	@Test
	void withNobodyElseThereOrTheRuleOffTheInvitationGoesOutAtOnce() {
		signedIn.enter();
		List<InvitationProgress> steps = new CopyOnWriteArrayList<>();
		client.groupChats().invite(ROOM, LEE, steps::add);
		rooms.roomSays(l -> l.occupantJoinedOrUpdated(ROOM, new Occupant("dana", Role.PARTICIPANT, DANA)));
		client.setDisabledEtiquetteRules(Set.of(RuleId.MULTIPARTY_INVITE));
		client.groupChats().invite(ROOM, DANA, steps::add);

		assertEquals(List.of("join " + ROOM + " as me", "invite " + LEE + " to " + ROOM, "invite " + DANA + " to " + ROOM),
				rooms.calls);
		assertEquals(List.of(InvitationProgress.Step.INVITED, InvitationProgress.Step.INVITED),
				steps.stream().map(InvitationProgress::step).toList());
		assertTrue(client.groupChats().inviteAdvice(ROOM).isEmpty());
	}

	@Test
	void aQuestionFromOthersWaitsUntilWeObjectOrLetItPass() {
		signedIn.enter();
		ConsentAsk first = new ConsentAsk(ROOM, "a-1", "dana", LEE);
		ConsentAsk second = new ConsentAsk(ROOM, "a-2", "dana", BareJid.parse("kim@example.org"));
		rooms.roomSays(l -> l.consentAsked(first));
		rooms.roomSays(l -> l.consentAsked(second));

		assertEquals(List.of(first, second), client.groupChats().openQuestions(ROOM));

		client.groupChats().object(first).join();
		client.groupChats().answered(second);

		assertEquals(List.of(first), rooms.objections);
		assertEquals(List.of(), client.groupChats().openQuestions(ROOM));
	}

	@Test
	void aFloodOfQuestionsOffersAtMostTwoFromOneNickAndThreeInAll() {
		signedIn.enter();
		for (int i = 0; i < 50; i++) {
			ConsentAsk spam = new ConsentAsk(ROOM, "spam-" + i, "mallory", BareJid.parse("x" + i + "@example.org"));
			rooms.roomSays(l -> l.consentAsked(spam));
		}
		ConsentAsk dana = new ConsentAsk(ROOM, "d-1", "dana", LEE);
		ConsentAsk lee = new ConsentAsk(ROOM, "l-1", "lee", DANA);
		rooms.roomSays(l -> l.consentAsked(dana));
		rooms.roomSays(l -> l.consentAsked(lee));

		List<ConsentAsk> open = client.groupChats().openQuestions(ROOM);
		assertEquals(List.of("spam-0", "spam-1", "d-1"), open.stream().map(ConsentAsk::id).toList());

		clock.advance(GroupChats.CONSENT_WINDOW);
		rooms.roomSays(l -> l.consentAsked(lee));
		assertEquals(List.of(lee), client.groupChats().openQuestions(ROOM), "once the flood lapses, questions are offered again");
	}

	@Test
	void aQuestionLapsesWhenItsMinuteIsOver() {
		signedIn.enter();
		ConsentAsk ask = new ConsentAsk(ROOM, "a-1", "dana", LEE);
		rooms.roomSays(l -> l.consentAsked(ask));

		clock.advance(GroupChats.CONSENT_WINDOW.minusSeconds(1));
		assertEquals(List.of(ask), client.groupChats().openQuestions(ROOM));

		clock.advance(Duration.ofSeconds(1));
		assertEquals(List.of(), client.groupChats().openQuestions(ROOM), "the invitation has gone ahead by now");
	}
}
