package dev.tact.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tact.core.address.BareJid;
import dev.tact.core.alert.AlertEvent;
import dev.tact.core.alert.EventKind;
import dev.tact.core.chat.Author;
import dev.tact.core.chat.ChatMessage;
import dev.tact.core.chat.DeliveryState;
import dev.tact.core.chat.Direction;
import dev.tact.core.chat.MessageId;
import dev.tact.core.chat.Occupant;
import dev.tact.core.chat.OutgoingMessage;
import dev.tact.core.chat.Role;
import dev.tact.core.presence.PresenceState;
import dev.tact.core.presence.ResetAfter;
import dev.tact.core.port.IncomingMessageEvent;
import dev.tact.core.port.MessageSource;
import dev.tact.core.port.RoomInvitation;
import dev.tact.core.testing.InMemoryAccountPorts;
import dev.tact.core.testing.InMemoryGroupChat;
import dev.tact.core.testing.MutableClock;

class GroupChatsTest {

	private static final BareJid DANA = SignedInRooms.DANA;
	private static final BareJid LEE = SignedInRooms.LEE;
	private static final BareJid ROOM = SignedInRooms.ROOM;

	private final SignedInRooms signedIn = new SignedInRooms();
	private final MutableClock clock = signedIn.clock;
	private final List<AlertEvent> alerts = signedIn.alerts;
	private final List<BareJid> changes = signedIn.changes;
	private final InMemoryAccountPorts account = signedIn.account;
	private final InMemoryGroupChat rooms = signedIn.rooms;
	private final TactClient client = signedIn.client;

	@Test
	void startingCreatesARoomSetsTheTopicAndInvitesEveryoneAtOnce() {
		BareJid room = client.groupChats().start(List.of(DANA, LEE), "Release 2.1 plan").join();

		assertEquals(List.of("create " + room + " as me", "topic " + room + " Release 2.1 plan",
				"invite " + DANA + " to " + room, "invite " + LEE + " to " + room), rooms.calls);
		assertTrue(client.groupChats().isJoined(room));
		assertEquals("Release 2.1 plan", client.groupChats().describe(room));
		assertEquals(List.of("me"), client.groupChats().occupants(room).stream().map(Occupant::nick).toList());
	}

	@Test
	void startingWhileSignedOutFailsWithAClearMessageAndLeavesNoRoom() {
		account.dropConnection();

		Throwable error = assertThrows(Exception.class, () -> client.groupChats().start(List.of(DANA), "x").join());

		assertTrue(error.getMessage().contains("Sign in"), error.getMessage());
		assertEquals(List.of(), client.groupChats().rooms());
	}

	@Test
	void aRefusedInvitationFailsTheStartButKeepsTheRoomWeAreIn() {
		rooms.refuseInvitations = true;

		Throwable error = assertThrows(Exception.class, () -> client.groupChats().start(List.of(DANA), "Review").join());

		assertTrue(error.getMessage().contains("forbidden"), error.getMessage());
		BareJid room = client.groupChats().rooms().get(0);
		assertTrue(client.groupChats().isJoined(room), "nothing is lost: the room stays, to invite again from it");
	}

	@Test
	void aHostileTopicMakesAShortPlainName() {
		enter();

		rooms.roomSays(l -> l.topicChanged(ROOM, "\u202EReleases\u202C are fine\nsecond line " + "x".repeat(1_000_000)));
		assertEquals("Releases are fine", client.groupChats().describe(ROOM));

		rooms.roomSays(l -> l.topicChanged(ROOM, "y".repeat(500)));
		assertEquals(GroupChats.SHORT_NAME, client.groupChats().describe(ROOM).length());
		assertTrue(client.groupChats().describe(ROOM).endsWith("\u2026"));

		rooms.roomSays(l -> l.topicChanged(ROOM, " \n "));
		assertEquals(ROOM.toString(), client.groupChats().describe(ROOM));
	}

	@Test
	void whoIsThereFollowsTheRoomsPresence() {
		enter();

		rooms.roomSays(l -> l.occupantJoinedOrUpdated(ROOM, new Occupant("dana", Role.PARTICIPANT, DANA)));
		rooms.roomSays(l -> l.occupantJoinedOrUpdated(ROOM, new Occupant("lee", Role.PARTICIPANT, LEE)));
		rooms.roomSays(l -> l.occupantRenamed(ROOM, "lee", "lee-away"));
		rooms.roomSays(l -> l.occupantLeft(ROOM, "dana"));
		rooms.roomSays(l -> l.topicChanged(ROOM, "Design review"));

		assertEquals(List.of("lee-away", "me"), client.groupChats().occupants(ROOM).stream().map(Occupant::nick).toList());
		assertEquals("Design review", client.groupChats().topic(ROOM));
		assertTrue(changes.stream().filter(ROOM::equals).count() >= 5, "every change is heard");
	}

	@Test
	void ourMessageGoesToTheRoomShowsPendingAndTheRoomsEchoMarksItDelivered() {
		enter();

		OutgoingMessage message = client.send(ROOM, "Shall we start?", false);

		assertEquals(List.of(message), rooms.sent);
		assertTrue(message.groupChat());
		assertTrue(account.sent.isEmpty(), "room messages do not go through the one-to-one outbox");
		assertEquals(DeliveryState.SENT, client.conversations().with(ROOM).find(message.id()).orElseThrow().delivery());

		ChatMessage echo = new ChatMessage(message.id(), null, Author.nick("me"), Direction.OUTGOING,
				"Shall we start?", clock.instant(), DeliveryState.DELIVERED, false);
		rooms.deliver(new IncomingMessageEvent(ROOM, echo, MessageSource.LIVE, null, false, true));

		assertEquals(1, client.conversations().with(ROOM).size(), "the echo is the same message");
		assertEquals(DeliveryState.DELIVERED, client.conversations().with(ROOM).find(message.id()).orElseThrow().delivery());
	}

	@Test
	void aRoomMessageWrittenWhileOfflineShowsPendingAndGoesOnceWeAreBackInTheRoom() {
		enter();
		account.dropConnection();

		OutgoingMessage message = client.send(ROOM, "hello?", false);

		assertEquals(DeliveryState.PENDING, client.conversations().with(ROOM).find(message.id()).orElseThrow().delivery());
		assertTrue(rooms.sent.isEmpty(), "nothing goes to a room we are not in");

		account.goOnline();

		assertTrue(client.groupChats().isJoined(ROOM));
		assertEquals(List.of(message), rooms.sent, "sent once, after entering the room again");
		assertEquals(DeliveryState.SENT, client.conversations().with(ROOM).find(message.id()).orElseThrow().delivery());

		account.dropConnection();
		account.goOnline();
		assertEquals(List.of(message), rooms.sent, "an acknowledged message is not sent again");
	}

	@Test
	void onlyALiveMentionOfOurNickAlertsAndOpeningItShowsTheRoom() {
		enter();

		rooms.deliver(roomMessage("r-1", "dana", "Anyone tried the new build?", MessageSource.LIVE));
		rooms.deliver(roomMessage("r-2", "dana", "me: could you look at the failing test?", MessageSource.ARCHIVE));
		rooms.deliver(roomMessage("r-3", "dana", "thanks, Me!", MessageSource.LIVE));
		rooms.deliver(roomMessage("r-4", "dana", "memes are off-topic", MessageSource.LIVE));

		assertEquals(4, client.conversations().with(ROOM).size());
		assertEquals(1, alerts.size(), "history and plain traffic do not alert; a nick inside a word is no mention");
		AlertEvent mention = alerts.get(0);
		assertEquals(EventKind.GROUP_MENTION, mention.kind());
		assertEquals(ROOM, mention.conversation());
		assertEquals("dana: thanks, Me!", mention.preview());
	}

	@Test
	void newMessagesFromOthersCountUntilTheRoomIsSeen() {
		enter();
		rooms.deliver(roomMessage("r-1", "dana", "one", MessageSource.LIVE));
		rooms.deliver(roomMessage("r-1", "dana", "one", MessageSource.LIVE));
		rooms.deliver(roomMessage("r-2", "dana", "two", MessageSource.LIVE));
		rooms.deliver(roomMessage("r-0", "dana", "from before we came", MessageSource.ARCHIVE));
		client.send(ROOM, "mine", false);

		assertEquals(2, client.unread().count(ROOM), "a copy, history and our own message do not count");

		client.unread().markRead(ROOM);

		assertEquals(0, client.unread().count(ROOM));
	}

	@Test
	void aRoomBeingReadCountsNothingAndAMentionThereDoesNotAlert() {
		enter();
		client.unread().reading(ROOM);
		rooms.deliver(roomMessage("r-1", "dana", "Me, can you look?", MessageSource.LIVE));
		assertEquals(0, client.unread().count(ROOM));
		assertEquals(List.of(), alerts, "the mention is on screen already");
		client.unread().stoppedReading(ROOM);
		rooms.deliver(roomMessage("r-2", "dana", "Me?", MessageSource.LIVE));
		assertEquals(1, client.unread().count(ROOM));
	}

	@Test
	void anInvitationWaitsForAnAnswerAlertsAndAcceptingItEntersTheRoom() {
		rooms.roomSays(l -> l.invited(new RoomInvitation(ROOM, DANA, "Design review", clock.instant())));

		assertEquals(EventKind.INVITE, alerts.get(0).kind());
		assertEquals(DANA, alerts.get(0).from());
		assertEquals(ROOM, alerts.get(0).conversation());
		assertTrue(client.groupChats().invitation(ROOM).isPresent());

		client.groupChats().join(ROOM).join();

		assertTrue(client.groupChats().invitation(ROOM).isEmpty());
		assertTrue(client.groupChats().isJoined(ROOM));
		assertEquals(List.of("join " + ROOM + " as me"), rooms.calls);
	}

	@Test
	void aRoomThatRefusesUsIsNotKeptAsIfWeWereIn() {
		rooms.refuseEntry = true;

		Throwable error = assertThrows(Exception.class, () -> client.groupChats().join(ROOM).join());

		assertTrue(error.getMessage().contains("registration-required"), error.getMessage());
		assertFalse(client.groupChats().isRoom(ROOM));
	}

	@Test
	void decliningForgetsTheInvitationWithoutEntering() {
		rooms.roomSays(l -> l.invited(new RoomInvitation(ROOM, DANA, "", clock.instant())));

		client.groupChats().decline(ROOM);

		assertTrue(client.groupChats().invitation(ROOM).isEmpty());
		assertFalse(client.groupChats().isRoom(ROOM));
		assertTrue(rooms.calls.isEmpty());
	}

	@Test
	void roomsAreEnteredAgainAfterAReconnect() {
		enter();
		rooms.roomSays(l -> l.occupantJoinedOrUpdated(ROOM, new Occupant("dana", Role.PARTICIPANT, DANA)));

		account.dropConnection();
		assertFalse(client.groupChats().isJoined(ROOM));
		assertEquals(List.of(), client.groupChats().occupants(ROOM), "nobody is known to be there while offline");

		account.goOnline();

		assertTrue(client.groupChats().isJoined(ROOM));
		assertEquals(2, rooms.calls.stream().filter(c -> c.startsWith("join " + ROOM)).count());
	}

	@Test
	void appearingOfflineLeavesEveryRoomKeepsThemAndEntersThemAgainOnceVisible() {
		enter();

		client.choosePresence(PresenceState.APPEAR_OFFLINE, ResetAfter.NEVER);

		assertTrue(rooms.calls.contains("leave " + ROOM), "being in a room would show we are online");
		assertFalse(client.groupChats().isJoined(ROOM));
		assertTrue(client.groupChats().isHidden(), "the room editor can say why");
		assertEquals(List.of(ROOM), client.groupChats().rooms(), "kept, to enter again");

		account.dropConnection();
		account.goOnline();
		assertFalse(client.groupChats().isJoined(ROOM), "a reconnect while hidden does not enter it");

		client.choosePresence(PresenceState.AVAILABLE, ResetAfter.NEVER);

		assertTrue(client.groupChats().isJoined(ROOM));
		assertFalse(client.groupChats().isHidden());
		assertEquals(2, rooms.calls.stream().filter(c -> c.startsWith("join " + ROOM)).count(),
				"entered at first, and once visible again; not on the reconnect between");
	}

	@Test
	void aRoomReopenedWhileSignedOutIsEnteredOnConnecting() {
		account.dropConnection();

		client.groupChats().join(ROOM).join();
		assertTrue(client.groupChats().isRoom(ROOM));
		assertFalse(client.groupChats().isJoined(ROOM));

		account.goOnline();

		assertTrue(client.groupChats().isJoined(ROOM));
	}

	@Test
	void scrollingBackInARoomReadsTheRoomsOwnArchive() {
		enter();
		List<ChatMessage> archived = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			archived.add(ChatMessage.incoming(MessageId.of("m-" + i), Author.nick("dana"), "old " + i,
					clock.instant().minusSeconds(100 - i)).withStanzaId("a-" + i));
		}
		rooms.archive.put(ROOM, archived);
		rooms.deliver(new IncomingMessageEvent(ROOM, archived.get(4), MessageSource.LIVE, null, false, true));

		boolean more = client.loadArchived(ROOM, 2).join();

		assertEquals("history " + ROOM + " before a-4", rooms.calls.get(rooms.calls.size() - 1));
		assertEquals(List.of("old 2", "old 3", "old 4"),
				client.conversations().with(ROOM).last(10).messages().stream().map(ChatMessage::body).toList());
		assertTrue(more, "older messages wait in the archive");
	}

	@Test
	void leavingForgetsTheRoomButKeepsItsConversation() {
		enter();
		rooms.deliver(roomMessage("r-1", "dana", "bye", MessageSource.LIVE));

		client.groupChats().leave(ROOM).join();

		assertFalse(client.groupChats().isRoom(ROOM));
		assertEquals("leave " + ROOM, rooms.calls.get(rooms.calls.size() - 1));
		assertEquals(1, client.conversations().with(ROOM).size());
	}

	private void enter() {
		signedIn.enter();
	}

	private IncomingMessageEvent roomMessage(String id, String nick, String body, MessageSource source) {
		ChatMessage message = ChatMessage.incoming(MessageId.of(id), Author.nick(nick), body, Instant.now(clock));
		return new IncomingMessageEvent(ROOM, message, source, null, false, true);
	}
}
