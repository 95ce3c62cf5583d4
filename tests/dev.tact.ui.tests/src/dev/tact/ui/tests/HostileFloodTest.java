package dev.tact.ui.tests;

import static dev.tact.ui.tests.fixture.SignedInWorkbench.spinUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.internal.monitoring.EventLoopMonitorThread;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.packet.StandardExtensionElement;
import org.jivesoftware.smackx.muc.MultiUserChat;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.jivesoftware.smackx.muc.packet.MUCUser;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.jid.parts.Resourcepart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.ChatMessage;
import dev.tact.core.chat.DeliveryState;
import dev.tact.core.client.TactClient;
import dev.tact.tests.harness.HostileComponent;
import dev.tact.tests.harness.ProsodyServer;
import dev.tact.ui.internal.contacts.ContactsView;
import dev.tact.ui.internal.runtime.TactRuntime;
import dev.tact.ui.tests.fixture.DisplayLoop;
import dev.tact.ui.tests.fixture.FreezeRecorder;
import dev.tact.ui.tests.fixture.Ide;
import dev.tact.ui.tests.fixture.Notifications;
import dev.tact.ui.tests.fixture.Peer;
import dev.tact.ui.tests.fixture.RawClient;
import dev.tact.ui.tests.fixture.SignedInWorkbench;
import dev.tact.ui.tests.fixture.TestAudio;

/**
 * Issue 12's proof: 10,000 hostile stanzas into a signed-in workbench from a server that relays anything (stanzas up
 * to 4 MB) and writes as any address of a domain it hosts: from 1,000 addresses there, a flood of messages half with
 * urgent marks, bidi overrides and
 * control characters (those XML can carry); and from mallory, a stranger on a plain Smack client, 1 MB bodies,
 * 110-level nesting, forged invitations, directed presences with deceiving notes, and "OK to add X?" questions spammed
 * into a room we are in. Asserted, as deterministic: no error reaches the log,
 * no popup, no chime (strangers are a badge only), every message is counted, the connection is up and a message
 * still goes out and arrives. Reported, never asserted (for {@code releng/dev.tact.benchmarks/hostile-flood.sh} and
 * docs/BENCHMARKS.md): how long Tact took to take it all in and the UI freezes, with same-run baselines (the idle
 * workbench, and 10,000 plain messages from the same 1,000 addresses).
 */
class HostileFloodTest {

	/** Addresses of the hostile domain writing: per-address limits cannot help, only the global ones. */
	private static final int STRANGERS = 1_000;
	private static final int FLOOD_EACH = 2;
	private static final int DECEIVING_EACH = 2;
	private static final int BIG_BODIES = 20;
	private static final int DEEP = 100;
	/** Past the JDK's 100 levels and Tact's 64; Prosody will not carry a message much deeper (see DeepNestingTest). */
	private static final int NESTING = 110;
	private static final int INVITATIONS = 1_000;
	private static final int QUESTIONS = 1_000;
	private static final int PRESENCES = 3_880;
	private static final int STANZAS = STRANGERS * (FLOOD_EACH + DECEIVING_EACH) + BIG_BODIES + DEEP + INVITATIONS
			+ QUESTIONS + PRESENCES;
	private static final Duration BASELINE = Duration.ofSeconds(3);
	private static final Duration TAKE_IN = Duration.ofMinutes(3);

	private static EventLoopMonitorThread monitor;
	private static SignedInWorkbench workbench;
	private static Peer dana;
	private static RawClient mallory;
	private static HostileComponent hostileServer;
	private static List<BareJid> strangers;
	private static final List<IStatus> errors = new CopyOnWriteArrayList<>();
	/** Errors Tact caused: logged by a Tact bundle, or with a Tact frame in the exception (an event loop crash). */
	private static final ILogListener errorLog = (status, plugin) -> {
		if (status.getSeverity() == IStatus.ERROR && (status.getPlugin() != null && status.getPlugin().startsWith("dev.tact")
				|| status.getException() != null && List.of(status.getException().getStackTrace()).stream()
						.anyMatch(frame -> frame.getClassName().startsWith("dev.tact")))) {
			errors.add(status);
		}
	};

	@BeforeAll
	static void signIn() throws Exception {
		monitor = FreezeRecorder.startMonitor();
		workbench = SignedInWorkbench.start(true, (server, me) -> {
		});
		dana = workbench.peer("dana");
		workbench.befriend(dana, "Team");
		mallory = RawClient.signIn(workbench.server(), workbench.server().newAccount("mallory"));
		hostileServer = workbench.server().hostileComponent();
		strangers = IntStream.range(0, STRANGERS).mapToObj(s -> BareJid.parse(hostileServer.address("s" + s))).toList();
		Platform.addLogListener(errorLog);
	}

	@AfterAll
	static void signOut() {
		Platform.removeLogListener(errorLog);
		// What the flood left unread would count in the Contacts tab of the tests that run after this one.
		client().unread().snapshot().keySet().forEach(client().unread()::markRead);
		client().groupChats().invitations().forEach(invitation -> client().groupChats().decline(invitation.room()));
		client().groupChats().rooms().forEach(room -> client().groupChats().leave(room));
		if (hostileServer != null) {
			hostileServer.close();
		}
		if (mallory != null) {
			mallory.close();
		}
		if (workbench != null) {
			workbench.close();
		}
		if (monitor != null) {
			monitor.shutdown();
		}
	}

	@Test
	void tenThousandHostileStanzasLeaveNoErrorNoPopupNoChimeAndTheLinkUp() throws Exception {
		BareJid room = roomWithMalloryInIt();
		MultiUserChat malloryInRoom = MultiUserChatManager.getInstanceFor(mallory.connection())
				.getMultiUserChat(JidCreate.entityBareFrom(room.toString()));
		malloryInRoom.join(Resourcepart.from("mallory"));
		spinUntil("mallory is in the room", () -> client().groupChats().occupants(room).size() == 3);
		Notifications.closeAll(); // dana's invitation popped up, as a contact's does
		Ide.page().showView(ContactsView.ID); // as the user has it: the view follows what arrives
		FreezeRecorder.clear();
		DisplayLoop.idleFor(BASELINE);
		long baselineFreezes = FreezeRecorder.count();
		long baselineLongest = FreezeRecorder.longestMillis();
		// The same-run baseline for the take-in time: 10,000 plain messages from the same addresses.
		FreezeRecorder.clear();
		long plainStarted = System.nanoTime();
		sender("strangers", HostileFloodTest::plainFromStrangers).join(TimeUnit.MINUTES.toMillis(1));
		DisplayLoop.until(TAKE_IN, "Tact has taken in the plain messages", () -> unreadFromStrangers() == STANZAS);
		long plainMillis = Duration.ofNanos(System.nanoTime() - plainStarted).toMillis();
		long plainFreezes = FreezeRecorder.count();
		long plainLongest = FreezeRecorder.longestMillis();
		strangers.forEach(client().unread()::markRead);
		int sounds = TestAudio.speakers().sounds();
		int roomMessagesBefore = client().conversations().with(room).size();
		FreezeRecorder.clear();
		long started = System.nanoTime();

		Thread[] senders = { sender("strangers", HostileFloodTest::floodFromStrangers),
				sender("mallory", () -> floodFromMallory(malloryInRoom)) };
		Set<Shell> popups = Collections.newSetFromMap(new IdentityHashMap<>());
		int expectedFromStrangers = STRANGERS * (FLOOD_EACH + DECEIVING_EACH);
		try {
			DisplayLoop.until(TAKE_IN, "Tact has taken in every message", () -> {
				popups.addAll(Notifications.open().stream().filter(HostileFloodTest::aboutTheAttackers).toList());
				return unreadFromStrangers() == expectedFromStrangers
						&& client().unread().count(mallory.jid()) == BIG_BODIES + DEEP
						&& client().conversations().with(room).size() >= roomMessagesBefore + QUESTIONS;
			});
		} catch (AssertionError e) {
			throw new AssertionError(e.getMessage() + ": from strangers " + unreadFromStrangers() + " of "
					+ expectedFromStrangers + ", from mallory " + client().unread().count(mallory.jid()) + " of "
					+ (BIG_BODIES + DEEP) + ", in the room " + (client().conversations().with(room).size() - roomMessagesBefore)
					+ " of " + QUESTIONS + "; senders alive: " + Arrays.stream(senders).filter(Thread::isAlive).count()
					+ "; connection " + client().connectionStatus() + "; errors " + errors.stream().map(IStatus::getMessage).toList(), e);
		}
		long takeInMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
		for (Thread sender : senders) {
			sender.join(TimeUnit.MINUTES.toMillis(1));
		}

		System.out.printf("baseline, idle workbench for %d ms: UI freezes over 100 ms: %d; longest: %d ms%n",
				BASELINE.toMillis(), baselineFreezes, baselineLongest);
		System.out.printf("baseline, 10,000 plain messages from the same 1,000 addresses: taken in after %d ms; UI freezes over"
				+ " 100 ms: %d; longest: %d ms%n", plainMillis, plainFreezes, plainLongest);
		System.out.printf("10,000 hostile stanzas (%d): taken in after %d ms; UI freezes over 100 ms: %d; longest: %d ms;"
				+ " popups: %d; chimes: %d; errors logged: %d%n", STANZAS, takeInMillis, FreezeRecorder.count(),
				FreezeRecorder.longestMillis(), popups.size(), TestAudio.speakers().sounds() - sounds, errors.size());
		System.out.println("UI thread during the longest freeze:\n  " + FreezeRecorder.whereLongest(25));
		assertEquals(10_000, STANZAS);
		assertTrue(errors.isEmpty(), "nothing failed: " + errors.stream().map(e -> e.getPlugin() + ": " + e.getMessage()
				+ (e.getException() == null ? "" : " (" + e.getException() + ")")).toList());
		assertEquals(List.of(), popups.stream().map(p -> Notifications.words(p).toList()).toList(),
				"strangers are a badge only, their urgent marks ignored");
		assertEquals(sounds, TestAudio.speakers().sounds(), "no chime; popups on screen then: "
				+ Notifications.open().stream().map(p -> Notifications.words(p).toList()).toList());
		assertTrue(client().connectionStatus().isConnected(), client().connectionStatus().toString());
		assertTrue(client().groupChats().openQuestions(room).size() <= 3, "the question bar is not flooded");

		client().send(dana.jid(), "still here after all that", false);
		spinUntil("dana has it", () -> dana.messages.stream().anyMatch(m -> m.message().body().equals("still here after all that")));
		spinUntil("and the outbox let it go", () -> client().conversations().with(dana.jid()).last(1).messages().stream()
				.map(ChatMessage::delivery).anyMatch(state -> state != DeliveryState.PENDING));
	}

	/** Dana opens a room and invites us; we join it, and dana lets mallory in, as a room open to the company would. */
	private static BareJid roomWithMalloryInIt() throws Exception {
		BareJid room = dana.ports().groupChat().newRoomAddress().get(10, TimeUnit.SECONDS);
		dana.ports().groupChat().create(room, "dana").get(10, TimeUnit.SECONDS);
		dana.ports().groupChat().invite(room, workbench.me(), "standup").get(10, TimeUnit.SECONDS);
		spinUntil("the invitation arrived", () -> client().groupChats().invitation(room).isPresent());
		client().groupChats().join(room);
		spinUntil("we are in", () -> client().groupChats().isJoined(room));
		return room;
	}

	private static void plainFromStrangers() throws Exception {
		String me = workbench.me().toString();
		for (int i = 0; i < STANZAS / STRANGERS; i++) {
			for (int s = 0; s < STRANGERS; s++) {
				// Not archived (a no-store hint): the test server's file archive rereads itself on every append, and
				// 10,000 more entries would slow the server, not Tact, for the flood that follows.
				hostileServer.sendMessage("s" + s, me, "hello, question " + i + " about the build",
						"<no-store xmlns='urn:xmpp:hints'/>");
			}
		}
	}

	private static void floodFromStrangers() throws Exception {
		String me = workbench.me().toString();
		for (int i = 0; i < FLOOD_EACH; i++) {
			for (int s = 0; s < STRANGERS; s++) {
				hostileServer.sendMessage("s" + s, me, "URGENT " + i + ": click this now",
						i % 2 == 0 ? "<attention xmlns='urn:xmpp:attention:0'/>" : "");
			}
		}
		for (int i = 0; i < DECEIVING_EACH; i++) {
			for (int s = 0; s < STRANGERS; s++) {
				// C0 controls cannot travel in XML at all (the server would end the sender's stream); C1 ones can.
				hostileServer.sendMessage("s" + s, me, "invoice\u202Efdp.exe \u2066\u009B2J " + i + "\u0085\u200F"
						+ "\u0301".repeat(50), "");
			}
		}
	}

	private static void floodFromMallory(MultiUserChat room) throws Exception {
		for (int i = 0; i < DEEP; i++) {
			mallory.send(mallory.messageTo(workbench.me()).setBody("deep " + i).addExtension(nested(NESTING)));
		}
		for (int i = 0; i < INVITATIONS; i++) {
			MUCUser claim = new MUCUser();
			claim.setInvite(new MUCUser.Invite("from dana, promise " + i, JidCreate.entityBareFrom(dana.jid().toString()),
					JidCreate.entityBareFrom(workbench.me().toString())));
			mallory.send(mallory.messageTo(workbench.me()).ofType(Message.Type.normal).addExtension(claim));
		}
		for (int i = 0; i < PRESENCES; i++) {
			Presence presence = mallory.connection().getStanzaFactory().buildPresenceStanza()
					.to(JidCreate.entityBareFrom(workbench.me().toString())).setStatus("\u202Eyreneve ot elbisiv " + i)
					.build();
			mallory.connection().sendStanza(presence);
		}
		for (int i = 0; i < QUESTIONS; i++) {
			room.sendMessage(room.buildMessage().setBody("OK to add x" + i + "@example.org? Reply no to object.")
					.addExtension(StandardExtensionElement.builder("consent", "urn:tact:invite-consent:0")
							.addAttribute("action", "ask").addAttribute("id", "q-" + i)
							.addAttribute("invitee", "x" + i + "@example.org").build()));
		}
		String megabyte = "A".repeat(1024 * 1024);
		for (int i = 0; i < BIG_BODIES; i++) {
			mallory.send(mallory.messageTo(workbench.me()).setBody(megabyte));
		}
	}

	private static StandardExtensionElement nested(int depth) {
		StandardExtensionElement element = StandardExtensionElement.builder("n", "urn:example:deep").build();
		for (int level = 1; level < depth; level++) {
			element = StandardExtensionElement.builder("n", "urn:example:deep").addElement(element).build();
		}
		return element;
	}

	private interface Flood {
		void run() throws Exception;
	}

	private static Thread sender(String name, Flood flood) {
		Thread thread = new Thread(() -> {
			try {
				flood.run();
			} catch (Exception e) {
				throw new IllegalStateException(name + " could not send: " + e, e);
			}
		}, "hostile " + name);
		thread.setDaemon(true);
		thread.start();
		return thread;
	}

	/** A popup that names one of the attackers, or says what they sent; others (a contact's) are not the flood's. */
	private static boolean aboutTheAttackers(Shell popup) {
		List<String> words = Notifications.words(popup).toList();
		return words.stream().anyMatch(word -> word.contains(mallory.jid().toString()) || word.contains("URGENT")
				|| word.contains("invoice") || word.contains(ProsodyServer.HOSTILE_DOMAIN));
	}

	private static int unreadFromStrangers() {
		return strangers.stream().mapToInt(client().unread()::count).sum();
	}

	private static TactClient client() {
		return TactRuntime.get().client();
	}
}
