package dev.tact.xmpp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.ChatMessage;
import dev.tact.core.chat.Direction;
import dev.tact.core.chat.Occupant;
import dev.tact.core.chat.Role;
import dev.tact.core.port.ChatListener;
import dev.tact.core.port.GroupChatListener;
import dev.tact.core.port.IncomingMessageEvent;
import dev.tact.core.port.MessageSource;
import dev.tact.tests.harness.Await;
import dev.tact.tests.harness.XmppServerExtension;
import dev.tact.tests.harness.XmppTestServer;
import dev.tact.xmpp.internal.muc.SmackGroupChat;

/** Group chat rooms on a real server (conference.localhost, its messages archived). */
@ExtendWith(XmppServerExtension.class)
class GroupChatTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private Sessions sessions;
	private SmackGroupChat alice;
	private SmackGroupChat bob;
	private BareJid room;

	@BeforeEach
	void logIn(XmppTestServer server) throws Exception {
		sessions = new Sessions(server);
		alice = sessions.closeLater(new SmackGroupChat(sessions.online("alice")));
		bob = sessions.closeLater(new SmackGroupChat(sessions.online("bob")));
		room = Rooms.fresh(server, "team");
	}

	@AfterEach
	void logOut() {
		sessions.close();
	}

	@Test
	void creatorIsModeratorAndSeesParticipantsJoinAndLeave() throws Exception {
		List<String> events = new CopyOnWriteArrayList<>();
		alice.addGroupChatListener(new GroupChatListener() {
			@Override
			public void occupantJoinedOrUpdated(BareJid r, Occupant occupant) {
				events.add("joined " + occupant.nick());
			}

			@Override
			public void occupantLeft(BareJid r, String nick) {
				events.add("left " + nick);
			}
		});
		alice.create(room, "Alice").get(10, TimeUnit.SECONDS);
		List<Occupant> alone = alice.occupants(room);
		assertEquals(1, alone.size(), "the creator is alone in the room");
		assertEquals("Alice", alone.get(0).nick());
		assertEquals(Role.MODERATOR, alone.get(0).role(), "the creator moderates the room");

		bob.join(room, "Bob").get(10, TimeUnit.SECONDS);

		Await.until(TIMEOUT, "alice sees bob in the room", () -> alice.occupants(room).size() == 2);
		Occupant bobSeenByAlice = alice.occupants(room).stream().filter(o -> o.nick().equals("Bob")).findFirst().orElseThrow();
		assertEquals(Role.PARTICIPANT, bobSeenByAlice.role());
		assertEquals(List.of("Alice", "Bob"), bob.occupants(room).stream().map(Occupant::nick).toList(),
				"the joiner sees everyone, moderator first");
		assertTrue(events.contains("joined Bob"));

		bob.leave(room).get(10, TimeUnit.SECONDS);

		Await.until(TIMEOUT, "alice sees bob leave", () -> events.contains("left Bob"));
		assertEquals(List.of("Alice"), alice.occupants(room).stream().map(Occupant::nick).toList());
	}

	@Test
	void topicSetByOwnerIsReadByJoinerAndChangesAreHeard() throws Exception {
		alice.create(room, "Alice").get(10, TimeUnit.SECONDS);
		alice.setTopic(room, "Release 1.2 blockers").get(10, TimeUnit.SECONDS);
		List<String> topicsHeardByBob = new CopyOnWriteArrayList<>();
		bob.addGroupChatListener(new GroupChatListener() {
			@Override
			public void topicChanged(BareJid r, String topic) {
				topicsHeardByBob.add(topic);
			}
		});

		bob.join(room, "Bob").get(10, TimeUnit.SECONDS);

		Await.until(TIMEOUT, "bob reads the topic", () -> "Release 1.2 blockers".equals(bob.topic(room)));
		alice.setTopic(room, "Release 1.3 planning").get(10, TimeUnit.SECONDS);
		Await.until(TIMEOUT, "bob hears the new topic", () -> topicsHeardByBob.contains("Release 1.3 planning"));
		assertEquals("Release 1.3 planning", bob.topic(room));
	}

	@Test
	void joinerReadsEarlierMessagesFromTheRoomArchiveAndTheJoinHistory() throws Exception {
		alice.create(room, "Alice").get(10, TimeUnit.SECONDS);
		List<IncomingMessageEvent> aliceHeard = new CopyOnWriteArrayList<>();
		alice.addRoomMessageListener(new ChatListener() {
			@Override
			public void messageReceived(IncomingMessageEvent event) {
				aliceHeard.add(event);
			}
		});
		alice.send(room, "First: the build is red").get(10, TimeUnit.SECONDS);
		alice.send(room, "Second: fixed by reverting").get(10, TimeUnit.SECONDS);
		Await.until(TIMEOUT, "the room reflects both messages", () -> aliceHeard.size() == 2);
		assertEquals(Direction.OUTGOING, aliceHeard.get(0).message().direction(), "our own reflected message");
		List<IncomingMessageEvent> bobHeard = new CopyOnWriteArrayList<>();
		bob.addRoomMessageListener(new ChatListener() {
			@Override
			public void messageReceived(IncomingMessageEvent event) {
				bobHeard.add(event);
			}
		});

		bob.join(room, "Bob").get(10, TimeUnit.SECONDS);

		List<ChatMessage> archived = bob.history(room, 10).get(10, TimeUnit.SECONDS);
		assertEquals(List.of("First: the build is red", "Second: fixed by reverting"),
				archived.stream().map(ChatMessage::body).toList(), "the archive, oldest first");
		assertEquals("Alice", archived.get(0).author().nick());
		assertNotNull(archived.get(0).stanzaId(), "archived messages carry the archive's id");
		Await.until(TIMEOUT, "the join history arrives", () -> bobHeard.size() == 2);
		assertTrue(bobHeard.stream().allMatch(e -> e.groupChat() && e.source() == MessageSource.ARCHIVE));
		assertFalse(bobHeard.get(0).message().isOutgoing());
	}

	@Test
	void joiningWithATakenNickFailsWithASentenceForTheUser() throws Exception {
		alice.create(room, "Alice").get(10, TimeUnit.SECONDS);

		ExecutionException failure = Assertions.assertThrows(
				ExecutionException.class, () -> bob.join(room, "Alice").get(10, TimeUnit.SECONDS));

		// The condition is the meaning; servers may add their own words after it (ejabberd does, Prosody does not).
		String sentence = failure.getCause().getMessage();
		assertTrue(sentence.startsWith("Could not join the room " + room + ": the server said conflict"), sentence);
		assertTrue(sentence.endsWith(".") && !sentence.contains("Exception"), "one sentence for the user: " + sentence);
		assertEquals(List.of(), bob.occupants(room), "a failed join leaves no half-joined room behind");
	}
}
