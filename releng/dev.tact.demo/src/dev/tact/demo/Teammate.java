package dev.tact.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.MessageId;
import dev.tact.core.chat.OutgoingMessage;
import dev.tact.core.contacts.SubscriptionAnswer;
import dev.tact.core.etiquette.QuickReplies;
import dev.tact.core.port.AccountPorts;
import dev.tact.core.port.ChatListener;
import dev.tact.core.port.GroupChatListener;
import dev.tact.core.port.IncomingMessageEvent;
import dev.tact.core.port.MessageSource;
import dev.tact.core.port.RoomInvitation;
import dev.tact.core.presence.Availability;
import dev.tact.core.presence.OwnPresenceEncoder;
import dev.tact.core.presence.Presence;

/**
 * One demo teammate: a real account that approves add requests, wears a presence, and answers messages as a polite
 * colleague would: a short real answer when free, a terse "in a meeting" when not (which the guide says is fine).
 */
final class Teammate {

	private static final Duration THINKING = Duration.ofMillis(1500);
	/** The teammates' nicks in rooms, so they do not answer each other. */
	private static final Set<String> TEAM = Set.of("Dana", "Lee", "Kim");

	private final String name;
	private final BareJid jid;
	private final AccountPorts ports;
	private final ScheduledExecutorService timer;
	private final Clock clock = Clock.systemDefaultZone();
	private final OwnPresenceEncoder encoder = new OwnPresenceEncoder(ZoneId.systemDefault(), true);
	private final AtomicReference<Presence> wearing = new AtomicReference<>(Presence.available());
	private final Set<BareJid> greeted = ConcurrentHashMap.newKeySet();
	private final Set<BareJid> answeredRooms = ConcurrentHashMap.newKeySet();
	private volatile boolean answersInRooms;

	Teammate(String name, BareJid jid, AccountPorts ports, ScheduledExecutorService timer) {
		this.name = name;
		this.jid = jid;
		this.ports = ports;
		this.timer = timer;
		ports.roster().addSubscriptionRequestListener(request -> ports.roster().answer(request.from(), SubscriptionAnswer.ADD_BACK));
		ports.chat().addChatListener(new ChatListener() {
			@Override
			public void messageReceived(IncomingMessageEvent event) {
				// A demo teammate answers the people who write to them, not private messages in a room.
				if (!event.message().isOutgoing() && !event.groupChat() && event.conversation() instanceof BareJid peer) {
					timer.schedule(() -> answer(peer), THINKING.toMillis(), TimeUnit.MILLISECONDS);
				}
			}
		});
		ports.groupChat().addGroupChatListener(new GroupChatListener() {
			@Override
			public void invited(RoomInvitation invitation) {
				timer.schedule(() -> ports.groupChat().join(invitation.room(), name), THINKING.toMillis(), TimeUnit.MILLISECONDS);
			}
		});
		ports.groupChat().addRoomMessageListener(new ChatListener() {
			@Override
			public void messageReceived(IncomingMessageEvent event) {
				if (answersInRooms && !event.message().isOutgoing() && event.source() == MessageSource.LIVE
						&& !TEAM.contains(event.message().author().nick()) && answeredRooms.add(event.conversation().bare())) {
					timer.schedule(() -> sayInRoom(event.conversation().bare(), "Sounds good \u2014 I'll take the installer."),
							THINKING.toMillis(), TimeUnit.MILLISECONDS);
				}
			}
		});
		wear(Presence.available());
	}

	/** Answers the first thing someone outside the team says in each room, then lets the room talk. */
	void answerInRooms() {
		answersInRooms = true;
	}

	void sayInRoom(BareJid room, String text) {
		ports.groupChat().send(new OutgoingMessage(MessageId.random(), room, text, clock.instant(), true, null, false));
	}

	BareJid jid() {
		return jid;
	}

	AccountPorts ports() {
		return ports;
	}

	/** Wears {@code presence} from now on (and republishes it after a reconnect). */
	void wear(Presence presence) {
		wearing.set(presence);
		ports.presence().publish(encoder.encode(presence));
	}

	/** Every {@code period}, wears {@code busy} for {@code busyFor}, then {@code free} again. */
	void alternate(Presence free, Presence busy, Duration period, Duration busyFor) {
		wear(free);
		timer.scheduleAtFixedRate(() -> {
			wear(busy);
			timer.schedule(() -> wear(free), busyFor.toMillis(), TimeUnit.MILLISECONDS);
		}, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void answer(BareJid to) {
		Presence now = wearing.get();
		String text;
		if (now.state().availability() != Availability.AVAILABLE) {
			text = QuickReplies.DEFAULT.get(0);
		} else if (greeted.add(to)) {
			text = "Hi! Sure, I have a moment \u2014 what's up?";
		} else {
			text = "Makes sense. Send me the file:line and I'll take a look. (" + name + ")";
		}
		ports.chat().send(OutgoingMessage.to(to, text, clock.instant()));
	}
}
