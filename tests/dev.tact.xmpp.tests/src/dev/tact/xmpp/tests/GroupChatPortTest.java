package dev.tact.xmpp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.delay.packet.DelayInformation;
import org.jivesoftware.smackx.muc.MultiUserChat;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.jivesoftware.smackx.muc.packet.MUCUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.jid.parts.Resourcepart;

import dev.tact.core.address.BareJid;
import dev.tact.core.address.OccupantJid;
import dev.tact.core.chat.Author;
import dev.tact.core.chat.ChatState;
import dev.tact.core.chat.MessageId;
import dev.tact.core.chat.MessagePage;
import dev.tact.core.chat.Occupant;
import dev.tact.core.chat.OutgoingMessage;
import dev.tact.core.port.AccountPorts;
import dev.tact.core.port.ChatListener;
import dev.tact.core.port.ChatStateEvent;
import dev.tact.core.port.ConsentAsk;
import dev.tact.core.port.GroupChatListener;
import dev.tact.core.port.IncomingMessageEvent;
import dev.tact.core.port.InvitationProgress;
import dev.tact.core.port.InvitationProgress.Step;
import dev.tact.core.port.MemoryCredentialStore;
import dev.tact.core.port.MessageSource;
import dev.tact.core.port.RoomInvitation;
import dev.tact.core.presence.PresenceWire;
import dev.tact.core.presence.XmppShow;
import dev.tact.tests.harness.Await;
import dev.tact.tests.harness.XmppServerExtension;
import dev.tact.tests.harness.XmppTestServer;
import dev.tact.tests.harness.TestAccount;
import dev.tact.xmpp.internal.backend.XmppBackend;

/**
 * Group chat as core sees it: the account's {@link dev.tact.core.port.GroupChatPort} from the XMPP backend, over
 * real accounts on a real server.
 */
@ExtendWith(XmppServerExtension.class)
class GroupChatPortTest {

	private static final long WAIT = Accounts.TIMEOUT.toSeconds();

	private final XmppBackend backend = new XmppBackend();
	private final List<AccountPorts> opened = new CopyOnWriteArrayList<>();
	private XmppTestServer server;
	private TestAccount aliceAccount;
	private TestAccount carolAccount;

	@BeforeEach
	void server(XmppTestServer started) {
		server = started;
	}

	@AfterEach
	void close() {
		opened.forEach(AccountPorts::close);
	}

	@Test
	void aNewRoomIsOnTheServersServiceAndOurMessageComesBackWithItsOwnId() throws Exception {
		AccountPorts alice = open("alice");
		AccountPorts bob = open("bob");
		List<IncomingMessageEvent> aliceHeard = listen(alice);
		List<IncomingMessageEvent> bobHeard = listen(bob);

		BareJid room = alice.groupChat().newRoomAddress().get(WAIT, TimeUnit.SECONDS);
		assertEquals(server.mucService(), room.domain());
		alice.groupChat().create(room, "alice").get(WAIT, TimeUnit.SECONDS);
		bob.groupChat().join(room, "bob").get(WAIT, TimeUnit.SECONDS);
		bob.groupChat().join(room, "bob").get(WAIT, TimeUnit.SECONDS); // entering again is harmless
		Await.until(Accounts.TIMEOUT, "alice sees bob", () -> alice.groupChat().occupants(room).size() == 2);

		OutgoingMessage message = new OutgoingMessage(MessageId.random(), room, "Agenda: release 2.1", Instant.now(),
				true, null, false);
		alice.groupChat().send(message).get(WAIT, TimeUnit.SECONDS);

		Await.until(Accounts.TIMEOUT, "bob hears it", () -> !bobHeard.isEmpty());
		Await.until(Accounts.TIMEOUT, "alice hears the room's echo", () -> !aliceHeard.isEmpty());
		assertEquals(message.id(), bobHeard.get(0).message().id(), "the id travels with the message");
		assertEquals("Agenda: release 2.1", bobHeard.get(0).message().body());
		assertTrue(bobHeard.get(0).groupChat());
		assertEquals(message.id(), aliceHeard.get(0).message().id(), "the echo is recognisably our message");
		assertTrue(aliceHeard.get(0).message().isOutgoing());
		assertEquals(List.of("alice", "bob"), bob.groupChat().occupants(room).stream().map(Occupant::nick).toList());
		assertEquals(BareJid.parse(aliceAccount.jid()), bob.groupChat().occupants(room).get(0).jid(),
				"a room Tact starts shows who is who");
	}

	@Test
	void typingInARoomReachesTheOthersButNotOurselves() throws Exception {
		AccountPorts alice = open("alice");
		AccountPorts bob = open("bob");
		List<ChatStateEvent> aliceSaw = states(alice);
		List<ChatStateEvent> bobSaw = states(bob);
		List<IncomingMessageEvent> bobHeard = listen(bob);
		BareJid room = alice.groupChat().newRoomAddress().get(WAIT, TimeUnit.SECONDS);
		alice.groupChat().create(room, "alice").get(WAIT, TimeUnit.SECONDS);
		bob.groupChat().join(room, "bob").get(WAIT, TimeUnit.SECONDS);
		Await.until(Accounts.TIMEOUT, "alice sees bob", () -> alice.groupChat().occupants(room).size() == 2);

		bob.groupChat().sendChatState(room, ChatState.COMPOSING);

		Await.until(Accounts.TIMEOUT, "alice sees bob typing", () -> !aliceSaw.isEmpty());
		assertEquals(new ChatStateEvent(room, Author.nick("bob"), ChatState.COMPOSING), aliceSaw.get(0));
		alice.groupChat().send(new OutgoingMessage(MessageId.random(), room, "go on", Instant.now(), true, null, false))
				.get(WAIT, TimeUnit.SECONDS);
		Await.until(Accounts.TIMEOUT, "a later message reaches bob",
				() -> bobHeard.stream().anyMatch(e -> e.message().body().equals("go on")));
		assertTrue(bobSaw.isEmpty(), "our own typing, which the room sent back before that, is not reported: " + bobSaw);
	}

	@Test
	void olderMessagesComeFromTheRoomsArchiveBeforeWhatTheRoomSentOnJoining() throws Exception {
		AccountPorts alice = open("alice");
		AccountPorts bob = open("bob");
		List<IncomingMessageEvent> bobHeard = listen(bob);
		BareJid room = alice.groupChat().newRoomAddress().get(WAIT, TimeUnit.SECONDS);
		alice.groupChat().create(room, "alice").get(WAIT, TimeUnit.SECONDS);
		int total = 30;
		for (int i = 0; i < total; i++) {
			alice.groupChat().send(new OutgoingMessage(MessageId.random(), room, "note " + i, Instant.now(), true, null, false))
					.get(WAIT, TimeUnit.SECONDS);
		}

		bob.groupChat().join(room, "bob").get(WAIT, TimeUnit.SECONDS);
		Await.until(Accounts.TIMEOUT, "the join history arrives", () -> bobHeard.size() >= 20);
		String oldest = bobHeard.get(0).message().stanzaId();
		assertTrue(oldest != null, "messages from the room carry the room's archive id");
		MessagePage older = bob.groupChat().history(room, oldest, 100).get(WAIT, TimeUnit.SECONDS);

		int firstOnJoin = Integer.parseInt(bobHeard.get(0).message().body().substring("note ".length()));
		assertEquals(IntStream.range(0, firstOnJoin).mapToObj(i -> "note " + i).toList(),
				older.messages().stream().map(m -> m.body()).toList());
		assertTrue(!older.hasEarlier(), "that was the start of the room");
	}

	@Test
	void askingTheRoomReachesTheOthersAsAQuestionAndTheirObjectionStopsTheInvitation() throws Exception {
		AccountPorts alice = open("alice");
		AccountPorts bob = open("bob");
		AccountPorts carol = open("carol");
		List<ConsentAsk> bobAsked = new CopyOnWriteArrayList<>();
		List<ConsentAsk> aliceAsked = new CopyOnWriteArrayList<>();
		List<RoomInvitation> carolInvited = invitations(carol);
		bob.groupChat().addGroupChatListener(asks(bobAsked));
		alice.groupChat().addGroupChatListener(asks(aliceAsked));
		BareJid room = alice.groupChat().newRoomAddress().get(WAIT, TimeUnit.SECONDS);
		alice.groupChat().create(room, "alice").get(WAIT, TimeUnit.SECONDS);
		bob.groupChat().join(room, "bob").get(WAIT, TimeUnit.SECONDS);
		Await.until(Accounts.TIMEOUT, "alice sees bob", () -> alice.groupChat().occupants(room).size() == 2);
		BareJid carolAddress = BareJid.parse(carolAccount.jid());
		List<InvitationProgress> progress = new CopyOnWriteArrayList<>();

		alice.groupChat().inviteWithConsent(room, carolAddress, "Join us", Duration.ofSeconds(30), progress::add);

		Await.until(Accounts.TIMEOUT, "bob is asked", () -> !bobAsked.isEmpty());
		assertEquals(carolAddress, bobAsked.get(0).invitee());
		assertEquals("alice", bobAsked.get(0).askerNick());
		bob.groupChat().object(bobAsked.get(0)).get(WAIT, TimeUnit.SECONDS);

		Await.until(Accounts.TIMEOUT, "the round ends", () -> progress.stream().anyMatch(InvitationProgress::isFinal));
		InvitationProgress last = progress.get(progress.size() - 1);
		assertEquals(Step.OBJECTED, last.step());
		assertEquals("bob", last.objector());
		assertTrue(aliceAsked.isEmpty(), "our own question is not put to us");
		assertTrue(carolInvited.isEmpty(), "nothing reached carol");
	}

	@Test
	void aMediatedInvitationArrivesWithTheRoomTheInviterAndTheReasonAndNoChatMessage() throws Exception {
		AccountPorts alice = open("alice");
		AccountPorts carol = open("carol");
		List<RoomInvitation> carolInvited = invitations(carol);
		BareJid room = alice.groupChat().newRoomAddress().get(WAIT, TimeUnit.SECONDS);
		alice.groupChat().create(room, "alice").get(WAIT, TimeUnit.SECONDS);

		alice.groupChat().invite(room, BareJid.parse(carolAccount.jid()), "Release 2.1 plan\u0007").get(WAIT, TimeUnit.SECONDS);

		Await.until(Accounts.TIMEOUT, "carol is invited", () -> !carolInvited.isEmpty());
		List<IncomingMessageEvent> carolChats = chats(carol);
		alice.chat().send(OutgoingMessage.to(BareJid.parse(carolAccount.jid()), "ping", Instant.now())).get(WAIT, TimeUnit.SECONDS);
		Await.until(Accounts.TIMEOUT, "a chat sent after the invitation arrives", () -> !carolChats.isEmpty());
		assertEquals(List.of("ping"), carolChats.stream().map(e -> e.message().body()).toList(),
				"the invitation is no chat message from the room");
		assertEquals(room, carolInvited.get(0).room());
		assertEquals(BareJid.parse(aliceAccount.jid()), carolInvited.get(0).from());
		assertEquals("Release 2.1 plan\uFFFD", carolInvited.get(0).reason(),
				"a character XML cannot carry is replaced, not sent to end the inviter's stream");
	}

	@Test
	void aForgedInvitationFromSomeoneWhoIsNoRoomNamesItsRealSenderNotTheClaimedInviter() throws Exception {
		AccountPorts alice = open("alice");
		AccountPorts carol = open("carol");
		List<RoomInvitation> carolInvited = invitations(carol);
		TestAccount malloryAccount = server.newAccount("mallory");
		XMPPTCPConnection mallory = Accounts.standardClient(server, malloryAccount, "x");
		try {
			MUCUser forged = new MUCUser();
			forged.setInvite(new MUCUser.Invite("Urgent: join now", JidCreate.entityBareFrom(aliceAccount.jid()),
					JidCreate.entityBareFrom(carolAccount.jid())));
			mallory.sendStanza(mallory.getStanzaFactory().buildMessageStanza()
					.to(JidCreate.entityBareFrom(carolAccount.jid())).addExtension(forged).build());
			// and a real one after it, so that the forged one has surely been judged
			BareJid room = alice.groupChat().newRoomAddress().get(WAIT, TimeUnit.SECONDS);
			alice.groupChat().create(room, "alice").get(WAIT, TimeUnit.SECONDS);
			alice.groupChat().invite(room, BareJid.parse(carolAccount.jid()), "Release 2.1 plan").get(WAIT, TimeUnit.SECONDS);

			Await.until(Accounts.TIMEOUT, "carol has both", () -> carolInvited.size() == 2);
			BareJid malloryJid = BareJid.parse(malloryAccount.jid());
			RoomInvitation fake = carolInvited.stream().filter(i -> !i.room().equals(room)).findFirst().orElseThrow();
			assertEquals(malloryJid, fake.from(), "not from alice: mallory sent it, and mallory is no room");
			RoomInvitation real = carolInvited.stream().filter(i -> i.room().equals(room)).findFirst().orElseThrow();
			assertEquals(BareJid.parse(aliceAccount.jid()), real.from(), "the room's service vouches for alice");
		} finally {
			mallory.disconnect();
		}
	}

	@Test
	void aLiveRoomMessageWithAForgedDelayIsLiveWhileTheHistoryOnEnteringIsStillHistory() throws Exception {
		AccountPorts alice = open("alice");
		List<IncomingMessageEvent> aliceHeard = listen(alice);
		BareJid room = alice.groupChat().newRoomAddress().get(WAIT, TimeUnit.SECONDS);
		alice.groupChat().create(room, "alice").get(WAIT, TimeUnit.SECONDS);
		XMPPTCPConnection mallory = Accounts.standardClient(server, server.newAccount("mallory"), "x");
		try {
			MultiUserChat muc = MultiUserChatManager.getInstanceFor(mallory).getMultiUserChat(JidCreate.entityBareFrom(room.toString()));
			muc.join(Resourcepart.from("mallory"));
			muc.sendMessage("said before bob came");
			Instant sent = Instant.now();
			muc.sendMessage(muc.buildMessage().setBody("pretending to be old")
					.addExtension(new DelayInformation(Date.from(Instant.parse("2020-01-01T00:00:00Z")), room.toString(), null)));

			IncomingMessageEvent forged = Await.value(Accounts.TIMEOUT, "alice hears it", () -> aliceHeard.stream()
					.filter(e -> e.message().body().equals("pretending to be old")).findFirst().orElse(null));
			assertEquals(MessageSource.LIVE, forged.source(), "live: mentions and questions in it count");
			assertTrue(!forged.message().timestamp().isBefore(sent.minusSeconds(5)), forged.message().timestamp().toString());

			AccountPorts bob = open("bob");
			List<IncomingMessageEvent> bobHeard = listen(bob);
			bob.groupChat().join(room, "bob").get(WAIT, TimeUnit.SECONDS);
			IncomingMessageEvent replayed = Await.value(Accounts.TIMEOUT, "bob gets the room's history", () -> bobHeard.stream()
					.filter(e -> e.message().body().equals("said before bob came")).findFirst().orElse(null));
			assertEquals(MessageSource.ARCHIVE, replayed.source(), "what the room replays on entering is history");
		} finally {
			mallory.disconnect();
		}
	}

	@Test
	void aPrivateMessageReachesOnlyThatOccupantAndIsTheirsNotTheRooms() throws Exception {
		AccountPorts alice = open("alice");
		AccountPorts bob = open("bob");
		AccountPorts carol = open("carol");
		List<IncomingMessageEvent> aliceChats = chats(alice);
		List<IncomingMessageEvent> bobChats = chats(bob);
		List<IncomingMessageEvent> bobRoom = listen(bob);
		List<IncomingMessageEvent> carolChats = chats(carol);
		List<IncomingMessageEvent> carolRoom = listen(carol);
		BareJid room = alice.groupChat().newRoomAddress().get(WAIT, TimeUnit.SECONDS);
		alice.groupChat().create(room, "alice").get(WAIT, TimeUnit.SECONDS);
		bob.groupChat().join(room, "bob").get(WAIT, TimeUnit.SECONDS);
		carol.groupChat().join(room, "carol").get(WAIT, TimeUnit.SECONDS);
		Await.until(Accounts.TIMEOUT, "alice sees everyone", () -> alice.groupChat().occupants(room).size() == 3);

		alice.groupChat().sendPrivately(new OccupantJid(room, "bob"), MessageId.random(), "just between us")
				.get(WAIT, TimeUnit.SECONDS);
		Await.until(Accounts.TIMEOUT, "bob hears it", () -> !bobChats.isEmpty());
		IncomingMessageEvent heard = bobChats.get(0);
		assertEquals(new OccupantJid(room, "alice"), heard.conversation(), "a conversation with the occupant");
		assertEquals(Author.nick("alice"), heard.message().author());
		assertEquals("just between us", heard.message().body());
		assertFalse(heard.groupChat());

		bob.groupChat().sendPrivately((OccupantJid) heard.conversation(), MessageId.random(), "understood")
				.get(WAIT, TimeUnit.SECONDS);
		Await.until(Accounts.TIMEOUT, "alice hears the private reply", () -> !aliceChats.isEmpty());
		assertEquals(new OccupantJid(room, "bob"), aliceChats.get(0).conversation());
		assertEquals("understood", aliceChats.get(0).message().body());

		// A room message after both, so anything misrouted to the room would have arrived before it.
		alice.groupChat().send(new OutgoingMessage(MessageId.random(), room, "back to the room", Instant.now(), true,
				null, false)).get(WAIT, TimeUnit.SECONDS);
		Await.until(Accounts.TIMEOUT, "carol hears the room", () -> carolRoom.stream()
				.anyMatch(e -> e.message().body().equals("back to the room")));
		assertEquals(List.of("back to the room"), carolRoom.stream().map(e -> e.message().body()).toList(),
				"nothing private reached the room");
		assertEquals(List.of(), carolChats, "nor carol");
		assertTrue(bobRoom.stream().noneMatch(e -> e.message().body().equals("just between us")));
	}

	@Test
	void aPrivateMessageToANickNotInTheRoomIsRefusedAndSendsNothing() throws Exception {
		AccountPorts alice = open("alice");
		BareJid room = alice.groupChat().newRoomAddress().get(WAIT, TimeUnit.SECONDS);
		alice.groupChat().create(room, "alice").get(WAIT, TimeUnit.SECONDS);

		ExecutionException refused = assertThrows(ExecutionException.class, () -> alice.groupChat()
				.sendPrivately(new OccupantJid(room, "dave"), MessageId.random(), "hi").get(WAIT, TimeUnit.SECONDS));

		assertTrue(refused.getCause().getMessage().contains("dave is not in the room"), refused.getMessage());
	}

	private static List<IncomingMessageEvent> chats(AccountPorts ports) {
		List<IncomingMessageEvent> heard = new CopyOnWriteArrayList<>();
		ports.chat().addChatListener(new ChatListener() {
			@Override
			public void messageReceived(IncomingMessageEvent event) {
				heard.add(event);
			}
		});
		return heard;
	}

	private AccountPorts open(String name) throws Exception {
		TestAccount account = server.newAccount(name);
		if (name.equals("alice")) {
			aliceAccount = account;
		} else if (name.equals("carol")) {
			carolAccount = account;
		}
		BareJid jid = BareJid.parse(account.jid());
		AccountPorts ports = backend.open(Accounts.settings(server, account),
				MemoryCredentialStore.of(jid, account.password().toCharArray()), Set.of(server.certificateSha256()));
		opened.add(ports);
		ports.connection().connect(Accounts.settings(server, account)).get(WAIT, TimeUnit.SECONDS);
		ports.presence().publish(PresenceWire.standard(XmppShow.NONE, "")).get(WAIT, TimeUnit.SECONDS); // invitations go to available resources
		return ports;
	}

	private static List<IncomingMessageEvent> listen(AccountPorts ports) {
		List<IncomingMessageEvent> heard = new CopyOnWriteArrayList<>();
		ports.groupChat().addRoomMessageListener(new ChatListener() {
			@Override
			public void messageReceived(IncomingMessageEvent event) {
				heard.add(event);
			}
		});
		return heard;
	}

	private static List<RoomInvitation> invitations(AccountPorts ports) {
		List<RoomInvitation> received = new CopyOnWriteArrayList<>();
		ports.groupChat().addGroupChatListener(new GroupChatListener() {
			@Override
			public void invited(RoomInvitation invitation) {
				received.add(invitation);
			}
		});
		return received;
	}

	private static List<ChatStateEvent> states(AccountPorts ports) {
		List<ChatStateEvent> heard = new CopyOnWriteArrayList<>();
		ports.groupChat().addRoomMessageListener(new ChatListener() {
			@Override
			public void chatStateReceived(ChatStateEvent event) {
				heard.add(event);
			}
		});
		return heard;
	}

	private static GroupChatListener asks(List<ConsentAsk> into) {
		return new GroupChatListener() {
			@Override
			public void consentAsked(ConsentAsk ask) {
				into.add(ask);
			}
		};
	}
}
