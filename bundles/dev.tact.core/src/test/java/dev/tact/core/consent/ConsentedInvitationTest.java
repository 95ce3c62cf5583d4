package dev.tact.core.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.Occupant;
import dev.tact.core.event.Registration;
import dev.tact.core.port.ConsentAsk;
import dev.tact.core.port.ConsentChannel;
import dev.tact.core.port.GroupChatListener;
import dev.tact.core.port.InvitationProgress;
import dev.tact.core.port.InvitationProgress.Step;
import dev.tact.core.port.RoomTalk;
import dev.tact.core.testing.ManualScheduler;
import dev.tact.core.testing.MutableClock;

/**
 * The guide's "ask the others first" round in milliseconds, over a room in memory; ConsentedInvitationTest in the
 * xmpp tests plays the same rounds on Prosody and ejabberd.
 */
class ConsentedInvitationTest {

	private static final BareJid ROOM = BareJid.parse("design@conference.example.org");
	private static final BareJid CAROL = BareJid.parse("carol@example.org");
	private static final Duration WINDOW = Duration.ofSeconds(30);

	private final MutableClock clock = MutableClock.atMondayMorning();
	private final ManualScheduler scheduler = new ManualScheduler(clock);
	private final Room room = new Room();
	private final List<InvitationProgress> progress = new CopyOnWriteArrayList<>();
	private final ConsentedInvitation consent = new ConsentedInvitation(room, clock, scheduler, WINDOW);

	@Test
	void nobodyObjectingWithinTheWindowLetsTheInvitationGo() {
		room.present("me", "bob");
		consent.request(ROOM, CAROL, "knows the parser", progress::add);
		assertEquals(List.of("ask " + CAROL), room.sent);

		scheduler.advance(WINDOW);

		assertEquals(List.of("ask " + CAROL, "invite " + CAROL + " (knows the parser)"), room.sent);
		assertEquals(List.of(Step.ASKED, Step.INVITED), steps());
	}

	@Test
	void aPlainNoOrATactObjectionFromSomeoneAskedKeepsTheInviteeOut() {
		room.present("me", "bob", "lee");
		InvitationRound first = consent.request(ROOM, CAROL, "", progress::add);
		room.says("bob", "No, we are discussing her review.", null);
		assertEquals(Step.OBJECTED, last().step());
		assertEquals("bob", last().objector());

		progress.clear();
		InvitationRound second = consent.request(ROOM, CAROL, "", progress::add);
		room.says("lee", "sure thing", null);
		room.says("lee", "", second.id());
		scheduler.advance(WINDOW);
		assertEquals(List.of(Step.ASKED, Step.OBJECTED), steps());
		assertTrue(room.sent.stream().noneMatch(s -> s.startsWith("invite")), "never invited: " + room.sent);
		assertTrue(!first.id().equals(second.id()));
	}

	@Test
	void onlyThoseAskedCanObjectFollowedThroughRenames() {
		room.present("me", "bob");
		consent.request(ROOM, CAROL, "", progress::add);
		room.renamed("bob", "bobby");
		room.left("bobby");
		room.joined("bobby"); // someone else takes the freed nick
		room.says("bobby", "no", null);
		room.says("newcomer", "no", null);

		scheduler.advance(WINDOW);
		assertEquals(List.of(Step.ASKED, Step.INVITED), steps());
	}

	@Test
	void historyAndOurOwnWordsNeverObjectAndAnEmptyRoomInvitesAtOnce() {
		room.present("me", "bob");
		consent.request(ROOM, CAROL, "", progress::add);
		room.talk(new RoomTalk(ROOM, "bob", "no", Optional.empty(), true));
		room.says("me", "no", null);
		scheduler.advance(WINDOW);
		assertEquals(List.of(Step.ASKED, Step.INVITED), steps());

		progress.clear();
		room.present("me");
		consent.request(ROOM, CAROL, "", progress::add);
		assertEquals(List.of(Step.INVITED), steps());
		assertEquals(0, scheduler.scheduledCount(), "no window when there is nobody to ask");
	}

	@Test
	void objectingSaysNoToEveryoneAndMarksItForTactPeers() {
		ConsentedInvitation.object(room, new ConsentAsk(ROOM, "round-7", "dana", CAROL));
		assertEquals(List.of("object round-7: No, please don't add carol@example.org yet."), room.sent);
	}

	private List<Step> steps() {
		return progress.stream().map(InvitationProgress::step).toList();
	}

	private InvitationProgress last() {
		return progress.get(progress.size() - 1);
	}

	/** One room in memory, as the XMPP layer would present it: synchronous, every send succeeds. */
	private static final class Room implements ConsentChannel {

		final List<String> sent = new CopyOnWriteArrayList<>();
		private final List<Occupant> occupants = new ArrayList<>();
		private final List<GroupChatListener> listeners = new CopyOnWriteArrayList<>();
		private final List<Consumer<RoomTalk>> talk = new CopyOnWriteArrayList<>();

		void present(String... nicks) {
			occupants.clear();
			for (String nick : nicks) {
				occupants.add(new Occupant(nick, null, null));
			}
		}

		void says(String nick, String body, String objectionTo) {
			talk(new RoomTalk(ROOM, nick, body, Optional.ofNullable(objectionTo), false));
		}

		void talk(RoomTalk message) {
			talk.forEach(listener -> listener.accept(message));
		}

		void renamed(String from, String to) {
			listeners.forEach(l -> l.occupantRenamed(ROOM, from, to));
		}

		void left(String nick) {
			listeners.forEach(l -> l.occupantLeft(ROOM, nick));
		}

		void joined(String nick) {
			occupants.add(new Occupant(nick, null, null));
		}

		@Override
		public String nick(BareJid where) {
			return "me";
		}

		@Override
		public List<Occupant> occupants(BareJid where) {
			return List.copyOf(occupants);
		}

		@Override
		public Registration addGroupChatListener(GroupChatListener listener) {
			listeners.add(listener);
			return () -> listeners.remove(listener);
		}

		@Override
		public Registration onTalk(BareJid where, Consumer<RoomTalk> listener) {
			talk.add(listener);
			return () -> talk.remove(listener);
		}

		@Override
		public CompletableFuture<Void> ask(BareJid where, String roundId, BareJid invitee, String text) {
			sent.add("ask " + invitee);
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public CompletableFuture<Void> object(BareJid where, String roundId, String text) {
			sent.add("object " + roundId + ": " + text);
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public CompletableFuture<Void> invite(BareJid where, BareJid who, String reason) {
			sent.add("invite " + who + (reason.isEmpty() ? "" : " (" + reason + ")"));
			return CompletableFuture.completedFuture(null);
		}
	}
}
