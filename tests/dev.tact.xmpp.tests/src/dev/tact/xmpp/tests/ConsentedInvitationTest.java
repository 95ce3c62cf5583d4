package dev.tact.xmpp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jivesoftware.smack.packet.StandardExtensionElement;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.muc.MultiUserChat;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.jid.parts.Resourcepart;

import dev.tact.core.address.BareJid;
import dev.tact.core.consent.ConsentedInvitation;
import dev.tact.core.port.ChatListener;
import dev.tact.core.port.ConsentAsk;
import dev.tact.core.port.InvitationProgress;
import dev.tact.core.port.InvitationProgress.Step;
import dev.tact.core.port.GroupChatListener;
import dev.tact.core.port.IncomingMessageEvent;
import dev.tact.core.port.RoomInvitation;
import dev.tact.core.time.TaskScheduler;
import dev.tact.tests.harness.Await;
import dev.tact.tests.harness.XmppServerExtension;
import dev.tact.tests.harness.XmppTestServer;
import dev.tact.xmpp.internal.XmppAccountSession;
import dev.tact.xmpp.internal.muc.ConsentMarker;
import dev.tact.xmpp.internal.muc.SmackConsentChannel;
import dev.tact.xmpp.internal.muc.SmackGroupChat;

/**
 * "Don't invite someone to join a multiparty IM session in progress without first asking the others": alice and
 * bob talk in a room; alice wants to add carol. Carol gets an invitation only when nobody objects in time.
 */
@ExtendWith(XmppServerExtension.class)
class ConsentedInvitationTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private Sessions sessions;
	private SmackGroupChat alice;
	private SmackGroupChat bob;
	private SmackGroupChat carol;
	private BareJid carolAddress;
	private BareJid room;
	private final List<RoomInvitation> carolInvitations = new CopyOnWriteArrayList<>();
	private final List<InvitationProgress> progress = new CopyOnWriteArrayList<>();
	private ScheduledExecutorService timer;
	private XmppTestServer server;

	@BeforeEach
	void roomInProgress(XmppTestServer server) throws Exception {
		this.server = server;
		sessions = new Sessions(server);
		alice = sessions.closeLater(new SmackGroupChat(sessions.online("alice")));
		bob = sessions.closeLater(new SmackGroupChat(sessions.online("bob")));
		XmppAccountSession carolSession = sessions.online("carol");
		carolAddress = carolSession.account();
		carol = sessions.closeLater(new SmackGroupChat(carolSession));
		carol.addGroupChatListener(new GroupChatListener() {
			@Override
			public void invited(RoomInvitation invitation) {
				carolInvitations.add(invitation);
			}
		});
		room = Rooms.fresh(server, "design-review");
		alice.create(room, "Alice").get(10, TimeUnit.SECONDS);
		bob.join(room, "Bob").get(10, TimeUnit.SECONDS);
		Await.until(TIMEOUT, "alice sees bob in the room", () -> alice.occupants(room).size() == 2);
		timer = Executors.newSingleThreadScheduledExecutor();
	}

	@AfterEach
	void tearDown() {
		timer.shutdownNow();
		sessions.close();
	}

	@Test
	void invitationGoesOutWhenNobodyObjectsWithinTheWindow() throws Exception {
		List<ConsentAsk> asksSeenByBob = new CopyOnWriteArrayList<>();
		bob.addGroupChatListener(new GroupChatListener() {
			@Override
			public void consentAsked(ConsentAsk ask) {
				asksSeenByBob.add(ask);
			}
		});
		ConsentedInvitation consent = new ConsentedInvitation(new SmackConsentChannel(alice), Clock.systemUTC(), TaskScheduler.of(timer),
				Duration.ofMillis(1500));

		consent.request(room, carolAddress, "Carol knows the parser", progress::add);

		Await.until(TIMEOUT, "bob's Tact sees the question", () -> !asksSeenByBob.isEmpty());
		assertEquals(carolAddress, asksSeenByBob.get(0).invitee());
		assertEquals("Alice", asksSeenByBob.get(0).askerNick());
		Await.until(TIMEOUT, "carol is invited", () -> !carolInvitations.isEmpty());
		RoomInvitation invitation = carolInvitations.get(0);
		assertEquals(room, invitation.room());
		assertEquals("Carol knows the parser", invitation.reason());
		Await.until(TIMEOUT, "alice hears the round end", () -> progress.size() == 2);
		assertEquals(List.of(Step.ASKED, Step.INVITED), progress.stream().map(InvitationProgress::step).toList());
	}

	@Test
	void tactObjectionFromBobCancelsTheInvitation() throws Exception {
		bob.addGroupChatListener(new GroupChatListener() {
			@Override
			public void consentAsked(ConsentAsk ask) {
				bob.object(ask); // what the Object button does
			}
		});
		ManualScheduler window = new ManualScheduler();
		ConsentedInvitation consent = new ConsentedInvitation(new SmackConsentChannel(alice), Clock.systemUTC(), window, Duration.ofSeconds(30));

		consent.request(room, carolAddress, "", progress::add);

		Await.until(TIMEOUT, "the round ends", () -> progress.stream().anyMatch(InvitationProgress::isFinal));
		assertObjectedByBobAndCarolNeverInvited(window);
	}

	@Test
	void plainNoFromBobCancelsTheInvitation() throws Exception {
		bob.addRoomMessageListener(new ChatListener() {
			@Override
			public void messageReceived(IncomingMessageEvent event) {
				if (event.message().body().startsWith("OK to add")) {
					bob.send(room, "No, we are discussing her review.");
				}
			}
		});
		ManualScheduler window = new ManualScheduler();
		ConsentedInvitation consent = new ConsentedInvitation(new SmackConsentChannel(alice), Clock.systemUTC(), window, Duration.ofSeconds(30));

		consent.request(room, carolAddress, "", progress::add);

		Await.until(TIMEOUT, "the round ends", () -> progress.stream().anyMatch(InvitationProgress::isFinal));
		assertObjectedByBobAndCarolNeverInvited(window);
	}

	@Test
	void anObjectionAfterTheDeadlineIsTooLateAndTheInvitationGoesOut() throws Exception {
		MutableClock clock = new MutableClock(Instant.now());
		ManualScheduler window = new ManualScheduler();
		List<String> aliceHeard = new CopyOnWriteArrayList<>();
		alice.addRoomMessageListener(new ChatListener() {
			@Override
			public void messageReceived(IncomingMessageEvent event) {
				aliceHeard.add(event.message().body());
			}
		});
		ConsentedInvitation consent = new ConsentedInvitation(new SmackConsentChannel(alice), clock, window, Duration.ofSeconds(30));
		consent.request(room, carolAddress, "", progress::add);
		Await.until(TIMEOUT, "the room is asked", () -> !progress.isEmpty());
		assertEquals(clock.instant().plusSeconds(30), progress.get(0).deadline());

		clock.advance(Duration.ofSeconds(31));
		bob.send(room, "no").get(10, TimeUnit.SECONDS);
		Await.until(TIMEOUT, "alice's client has processed bob's late reply", () -> aliceHeard.contains("no"));
		window.runAll();

		Await.until(TIMEOUT, "carol is invited", () -> !carolInvitations.isEmpty());
		Await.until(TIMEOUT, "alice hears the round end", () -> progress.size() == 2);
		assertEquals(List.of(Step.ASKED, Step.INVITED), progress.stream().map(InvitationProgress::step).toList());
	}

	@Test
	void withNobodyElseInTheRoomTheInvitationGoesOutAtOnce() throws Exception {
		bob.leave(room).get(10, TimeUnit.SECONDS);
		Await.until(TIMEOUT, "alice sees bob leave", () -> alice.occupants(room).size() == 1);
		ManualScheduler window = new ManualScheduler();
		ConsentedInvitation consent = new ConsentedInvitation(new SmackConsentChannel(alice), Clock.systemUTC(), window, Duration.ofSeconds(30));

		consent.request(room, carolAddress, "", progress::add);

		Await.until(TIMEOUT, "carol is invited", () -> !carolInvitations.isEmpty());
		Await.until(TIMEOUT, "alice hears the round end", () -> !progress.isEmpty());
		assertEquals(List.of(Step.INVITED), progress.stream().map(InvitationProgress::step).toList());
		assertEquals(0, window.pending(), "no window when there is nobody to ask");
	}

	@Test
	void roomTalkThatStartsWithNoButIsNotAboutTheInvitationDoesNotCancelIt() throws Exception {
		ManualScheduler window = new ManualScheduler();
		ConsentedInvitation consent = new ConsentedInvitation(new SmackConsentChannel(alice), Clock.systemUTC(), window, Duration.ofSeconds(30));
		List<String> aliceHeard = heardByAlice();
		consent.request(room, carolAddress, "", progress::add);
		Await.until(TIMEOUT, "the room is asked", () -> !progress.isEmpty());

		bob.send(room, "No idea why CI is red again on main").get(10, TimeUnit.SECONDS);
		bob.send(room, "Don't forget the standup at ten, everyone").get(10, TimeUnit.SECONDS);
		Await.until(TIMEOUT, "alice's client has read bob's talk", () -> aliceHeard.contains("Don't forget the standup at ten, everyone"));
		window.runAll();

		Await.until(TIMEOUT, "carol is invited", () -> !carolInvitations.isEmpty());
		Await.until(TIMEOUT, "alice hears the round end", () -> progress.size() == 2);
		assertEquals(List.of(Step.ASKED, Step.INVITED), progress.stream().map(InvitationProgress::step).toList());
	}

	@Test
	void someoneWhoTakesTheNickOfAnOccupantWhoLeftWasNotAskedAndCannotObject() throws Exception {
		ManualScheduler window = new ManualScheduler();
		ConsentedInvitation consent = new ConsentedInvitation(new SmackConsentChannel(alice), Clock.systemUTC(), window, Duration.ofSeconds(30));
		List<String> aliceHeard = heardByAlice();
		consent.request(room, carolAddress, "", progress::add);
		Await.until(TIMEOUT, "the room is asked", () -> !progress.isEmpty());

		bob.leave(room).get(10, TimeUnit.SECONDS);
		Await.until(TIMEOUT, "alice sees bob leave", () -> alice.occupants(room).size() == 1);
		SmackGroupChat impostor = sessions.closeLater(new SmackGroupChat(sessions.online("mallory")));
		impostor.join(room, "Bob").get(10, TimeUnit.SECONDS);
		impostor.send(room, "no").get(10, TimeUnit.SECONDS);
		Await.until(TIMEOUT, "alice's client has read the impostor's no", () -> aliceHeard.contains("no"));
		window.runAll();

		Await.until(TIMEOUT, "carol is invited", () -> !carolInvitations.isEmpty());
		Await.until(TIMEOUT, "alice hears the round end", () -> progress.size() == 2);
		assertEquals(List.of(Step.ASKED, Step.INVITED), progress.stream().map(InvitationProgress::step).toList());
	}

	@Test
	void aMalformedQuestionIsNoQuestionAndItsMessageStillArrives() throws Exception {
		List<ConsentAsk> asksSeenByAlice = new CopyOnWriteArrayList<>();
		alice.addGroupChatListener(new GroupChatListener() {
			@Override
			public void consentAsked(ConsentAsk ask) {
				asksSeenByAlice.add(ask);
			}
		});
		List<String> aliceHeard = heardByAlice();
		XMPPTCPConnection mallory = Accounts.standardClient(server, server.newAccount("mallory"), "x");
		try {
			MultiUserChat muc = MultiUserChatManager.getInstanceFor(mallory).getMultiUserChat(JidCreate.entityBareFrom(room.toString()));
			muc.join(Resourcepart.from("mallory"));
			muc.sendMessage(muc.buildMessage().setBody("OK to add nobody?").addExtension(StandardExtensionElement
					.builder(ConsentMarker.ELEMENT, ConsentMarker.NAMESPACE).addAttribute("action", "ask")
					.addAttribute("id", "x".repeat(10_000)).addAttribute("invitee", "not an address@@").build()));
			muc.sendMessage("after it");

			Await.until(TIMEOUT, "alice reads both messages", () -> aliceHeard.containsAll(List.of("OK to add nobody?", "after it")));
			assertTrue(asksSeenByAlice.isEmpty(), "no question offered: " + asksSeenByAlice);
		} finally {
			mallory.disconnect();
		}
	}

	private List<String> heardByAlice() {
		List<String> heard = new CopyOnWriteArrayList<>();
		alice.addRoomMessageListener(new ChatListener() {
			@Override
			public void messageReceived(IncomingMessageEvent event) {
				heard.add(event.message().body());
			}
		});
		return heard;
	}

	private void assertObjectedByBobAndCarolNeverInvited(ManualScheduler window) throws Exception {
		InvitationProgress last = progress.get(progress.size() - 1);
		assertEquals(Step.OBJECTED, last.step());
		assertEquals("Bob", last.objector());
		assertTrue(last.message().contains("Bob objected"), last.message());
		window.runAll(); // the window closes after the objection: nothing may go out now

		// Stanzas from one sender arrive in order: once a later invitation to another room reaches carol, an
		// invitation to the first room would have arrived before it.
		BareJid control = new BareJid("control-" + room.local(), room.domain());
		alice.create(control, "Alice").get(10, TimeUnit.SECONDS);
		alice.invite(control, carolAddress, "control").get(10, TimeUnit.SECONDS);
		Await.until(TIMEOUT, "carol receives the control invitation", () -> !carolInvitations.isEmpty());
		assertEquals(List.of(control), carolInvitations.stream().map(RoomInvitation::room).toList(),
				"carol was never invited into the room that objected");
		assertEquals(Step.OBJECTED, progress.get(progress.size() - 1).step(), "nothing happened after the objection");
	}
}
