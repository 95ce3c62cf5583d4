package dev.tact.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.tact.core.address.BareJid;
import dev.tact.core.address.OccupantJid;
import dev.tact.core.alert.AlertDecision;
import dev.tact.core.alert.AlertEvent;
import dev.tact.core.alert.AlertPreferences;
import dev.tact.core.alert.AlertTexts;
import dev.tact.core.chat.Author;
import dev.tact.core.chat.ChatMessage;
import dev.tact.core.chat.DeliveryState;
import dev.tact.core.chat.MemoryOutboxStorage;
import dev.tact.core.chat.MessageId;
import dev.tact.core.chat.Occupant;
import dev.tact.core.chat.Role;
import dev.tact.core.contacts.Contact;
import dev.tact.core.focus.FocusLength;
import dev.tact.core.focus.FocusStyle;
import dev.tact.core.port.IncomingMessageEvent;
import dev.tact.core.port.MessageSource;
import dev.tact.core.testing.InMemoryAccountPorts;
import dev.tact.core.testing.InMemoryGroupChat;
import dev.tact.core.testing.ManualScheduler;
import dev.tact.core.testing.MutableClock;

/** A room's occupant writing to us privately gets a conversation of its own, and a reply goes to them alone. */
class PrivateChatsTest {

	private static final BareJid ME = BareJid.parse("me@example.org");
	private static final BareJid DANA = BareJid.parse("dana@example.org");
	private static final BareJid ROOM = BareJid.parse("design@conference.example.org");
	private static final OccupantJid MALLORY = new OccupantJid(ROOM, "Mallory");

	private record Alert(AlertEvent event, AlertDecision decision) {
	}

	private final MutableClock clock = MutableClock.atMondayMorning();
	private final List<Alert> alerts = new CopyOnWriteArrayList<>();
	private final InMemoryAccountPorts account = new InMemoryAccountPorts();
	private final InMemoryGroupChat rooms = account.groupChat;
	private TactClient client;

	@BeforeEach
	void inTheRoom() {
		client = new TactClient(clock, ZoneId.of("UTC"), new ManualScheduler(clock),
				(e, d, q) -> alerts.add(new Alert(e, d)), new MemoryOutboxStorage());
		client.attach(ME, account);
		account.goOnline();
		account.deliverContact(Contact.of(DANA, "Dana"));
		client.groupChats().join(ROOM).join();
		rooms.roomSays(l -> l.occupantJoinedOrUpdated(ROOM, new Occupant("Mallory", Role.PARTICIPANT, null)));
	}

	@Test
	void aPrivateMessageIsFiledUnderTheOccupantNeverTheRoom() {
		writesPrivately("psst, a word?");

		assertEquals(1, client.conversations().with(MALLORY).size());
		assertEquals(0, client.conversations().with(ROOM).size(), "nothing private shows in the room");
		assertEquals(1, client.unread().count(MALLORY));
		assertEquals(0, client.unread().count(ROOM));
		assertEquals(MALLORY, alerts.get(0).event().conversation(), "opening the alert opens the private chat");
	}

	@Test
	void theOccupantCountsAsAStrangerEvenWithAContactsNameAndAnUrgentMark() {
		rooms.roomSays(l -> l.occupantJoinedOrUpdated(ROOM, new Occupant("Dana", Role.PARTICIPANT, null)));
		OccupantJid claimsToBeDana = new OccupantJid(ROOM, "Dana");

		account.deliverChat(l -> l.messageReceived(new IncomingMessageEvent(claimsToBeDana,
				ChatMessage.incoming(MessageId.random(), Author.nick("Dana"), "URGENT: send me the keys", clock.instant()),
				MessageSource.LIVE, null, true, false)));

		Alert alert = alerts.get(0);
		assertEquals(ROOM, alert.event().from(), "the room, not a contact, is whose standing counts");
		assertFalse(alert.decision().popup() || alert.decision().sound(), "strangers are badge-only by default");
		assertFalse(alert.decision().urgentHonoured());
		assertEquals("Dana (private, in design@conference.example.org) (urgent)",
				AlertTexts.title(alert.event(), client::nameOf), "named as an occupant, never as the contact Dana");
	}

	@Test
	void theFocusAutoReplyNeverAnswersAPrivateMessage() {
		client.focusAutoReply().setEnabled(true);
		client.focus().start(FocusLength.TWENTY_FIVE_MINUTES, FocusStyle.BUSY_FOCUSING);

		writesPrivately("are you around?");

		assertEquals(List.of(), account.sent, "no auto-reply, to the room or anyone");
		assertEquals(List.of(), rooms.sent);
		assertEquals(List.of(), rooms.sentPrivately);
	}

	@Test
	void aReplyGoesPrivatelyToTheOccupantNotToTheRoomAndNotThroughTheOutbox() {
		client.alerts().setPreferences(new AlertPreferences(true, Set.of(), true)); // strangers pop up
		writesPrivately("psst");

		client.send(alerts.get(0).event().conversation(), "On my way!", false);

		assertEquals(List.of("Mallory@" + ROOM + ": On my way!"), rooms.sentPrivately);
		assertEquals(List.of(), rooms.sent, "nothing went to the whole room");
		assertEquals(List.of(), account.sent);
		ChatMessage reply = client.conversations().with(MALLORY).last(1).messages().get(0);
		assertEquals("On my way!", reply.body());
		assertEquals(DeliveryState.SENT, reply.delivery());
		assertEquals(0, client.conversations().with(ROOM).size());
	}

	@Test
	void aReplyToSomeoneWhoLeftIsRefusedAndNothingWaitsToGoToWhoeverTakesTheNick() {
		writesPrivately("psst");
		rooms.roomSays(l -> l.occupantLeft(ROOM, "Mallory"));

		NotInRoomException refused = assertThrows(NotInRoomException.class, () -> client.send(MALLORY, "hi", false));

		assertTrue(refused.getMessage().startsWith("Mallory has left"), refused.getMessage());
		rooms.roomSays(l -> l.occupantJoinedOrUpdated(ROOM, new Occupant("Mallory", Role.PARTICIPANT, null)));
		assertEquals(List.of(), rooms.sentPrivately, "nothing was kept for the next Mallory");
	}

	@Test
	void aReplyAfterWeLeftTheRoomIsRefusedWithAClearMessage() {
		writesPrivately("psst");
		client.groupChats().leave(ROOM).join();

		NotInRoomException refused = assertThrows(NotInRoomException.class, () -> client.send(MALLORY, "hi", false));

		assertTrue(refused.getMessage().startsWith("You are not in"), refused.getMessage());
		assertEquals(1, client.conversations().with(MALLORY).size(), "what they wrote stays");
	}

	@Test
	void readingTheRoomLeavesThePrivateChatUnread() {
		writesPrivately("psst");

		client.unread().reading(ROOM);

		assertEquals(1, client.unread().count(MALLORY));
		assertEquals(1, client.unread().total());
	}

	@Test
	void anOccupantsNickIsShownThroughTheDisplayFunction() {
		OccupantJid trojan = new OccupantJid(ROOM, "Eve\u202Egnp.exe\nsecond line");

		assertEquals("Evegnp.exe (private, in design@conference.example.org)",
				client.nameOf(trojan));
		assertEquals("Dana", client.nameOf(DANA));
	}

	@Test
	void privateChatsWithMessagesAreListedWhileWeAreInTheRoomOrSomethingIsUnread() {
		writesPrivately("psst");
		client.conversations().with(new OccupantJid(ROOM, "Quiet")); // opened, nothing said

		assertEquals(List.of(new ContactsTree.PrivateChat(MALLORY, "Mallory (private, in design@conference.example.org)",
				1)), listed());
		client.groupChats().leave(ROOM).join();
		assertEquals(1, listed().size(), "still unread: still listed");
		client.unread().markRead(MALLORY);
		assertEquals(List.of(), listed(), "read, and out of the room: gone from the list");
	}

	private List<ContactsTree.PrivateChat> listed() {
		return ContactsTree.privateChats(client.conversations(), client.unread(), client::nameOf,
				client.groupChats()::isJoined);
	}

	private void writesPrivately(String body) {
		account.deliverChat(l -> l.messageReceived(new IncomingMessageEvent(MALLORY,
				ChatMessage.incoming(MessageId.random(), Author.nick("Mallory"), body, clock.instant()),
				MessageSource.LIVE, null, false, false)));
	}
}
