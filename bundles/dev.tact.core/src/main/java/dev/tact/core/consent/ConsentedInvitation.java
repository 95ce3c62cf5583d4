package dev.tact.core.consent;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import dev.tact.core.address.BareJid;
import dev.tact.core.port.ConsentAsk;
import dev.tact.core.port.ConsentChannel;
import dev.tact.core.port.InvitationProgressListener;
import dev.tact.core.time.TaskScheduler;

/**
 * Invites someone into a running room the way the etiquette guide asks: "Don't invite someone to join a multiparty
 * IM session in progress without first asking the others in the session if it is OK to do so." The room is asked
 * first ("OK to add X?", marked for Tact peers by the {@link ConsentChannel}); the invitation goes out only when nobody
 * objects within the window. Any occupant's objection cancels it: a Tact objection, or a plain reply such as "no"
 * (see {@link ObjectionRule}). In a room with nobody else, the invitation goes out at once.
 * <p>
 * The clock and the scheduler are injected so that tests and the UI decide how time passes.
 */
public final class ConsentedInvitation {

	/** How long the room has to object unless the caller says otherwise. */
	public static final Duration DEFAULT_WINDOW = Duration.ofSeconds(60);

	private final ConsentChannel chat;
	private final Clock clock;
	private final TaskScheduler scheduler;
	private final Duration window;

	public ConsentedInvitation(ConsentChannel chat, Clock clock, TaskScheduler scheduler, Duration window) {
		this.chat = Objects.requireNonNull(chat, "chat");
		this.clock = Objects.requireNonNull(clock, "clock");
		this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
		this.window = Objects.requireNonNull(window, "window");
		if (window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("The objection window must be positive");
		}
	}

	/**
	 * Starts a round to invite {@code invitee} into {@code room}; {@code listener} hears ASKED, then one of
	 * OBJECTED, INVITED, CANCELLED or FAILED. We must be in the room.
	 */
	public InvitationRound request(BareJid room, BareJid invitee, String reason, InvitationProgressListener listener) {
		Objects.requireNonNull(listener, "listener");
		InvitationRound round = new InvitationRound(chat, clock, room, invitee, reason == null ? "" : reason, listener);
		String me = chat.nick(room);
		if (chat.occupants(room).stream().allMatch(occupant -> occupant.nick().equals(me))) {
			round.inviteNow();
			return round;
		}
		round.ask(window);
		scheduler.schedule(window, round::windowClosed);
		return round;
	}

	/** Objects to a question on {@code chat}: marked for Tact peers, and a plain "No" for everyone else. */
	public static CompletableFuture<Void> object(ConsentChannel chat, ConsentAsk ask) {
		return chat.object(ask.room(), ask.id(), "No, please don't add " + ask.invitee() + " yet.");
	}
}
