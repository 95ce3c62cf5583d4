package dev.tact.core.consent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.Occupant;
import dev.tact.core.event.Registration;
import dev.tact.core.port.ConsentChannel;
import dev.tact.core.port.GroupChatListener;
import dev.tact.core.port.InvitationProgress;
import dev.tact.core.port.InvitationProgress.Step;
import dev.tact.core.port.InvitationProgressListener;
import dev.tact.core.port.PendingInvitation;
import dev.tact.core.port.RoomTalk;

/**
 * One "OK to add X?" round in one room: asks, listens for objections until the deadline, then invites or not. Each
 * round reports exactly one final step. Thread-safe: room messages, the timer and the user may race.
 * <p>
 * Only the occupants who were asked can object: those in the room when the question went out, followed through
 * nick changes. Someone who comes in later, or takes over the nick of one who left, was not asked, so a stranger
 * cannot join to veto every invitation under a name the room trusts.
 */
public final class InvitationRound implements PendingInvitation {

	private enum State { WAITING, INVITING, DONE }

	private final ConsentChannel chat;
	private final Clock clock;
	private final BareJid room;
	private final BareJid invitee;
	private final String reason;
	private final InvitationProgressListener listener;
	private final String id = UUID.randomUUID().toString();
	private final String myNick;
	private Instant deadline;
	private Registration listening = () -> {
	};
	private Registration following = () -> {
	};
	private final Set<String> asked = ConcurrentHashMap.newKeySet();
	private State state = State.WAITING;

	InvitationRound(ConsentChannel chat, Clock clock, BareJid room, BareJid invitee, String reason,
			InvitationProgressListener listener) {
		this.chat = chat;
		this.clock = clock;
		this.room = room;
		this.invitee = invitee;
		this.reason = reason;
		this.listener = listener;
		this.myNick = chat.nick(room);
	}

	/** Listens first (a quick "no" must not be missed), then posts the question; returns the deadline. */
	synchronized Instant ask(Duration window) {
		deadline = clock.instant().plus(window);
		chat.occupants(room).stream().map(Occupant::nick).filter(nick -> !nick.equals(myNick)).forEach(asked::add);
		following = chat.addGroupChatListener(new AskedOccupants());
		listening = chat.onTalk(room, this::heard);
		long seconds = Math.max(1, window.toSeconds());
		String text = "OK to add " + invitee + " to this conversation? Reply \"no\" within " + seconds
				+ " seconds to object.";
		chat.ask(room, id, invitee, text).whenComplete((ok, error) -> {
			if (error != null) {
				finish(Step.FAILED, null, error.getMessage());
			} else if (isWaiting()) {
				report(Step.ASKED, null, "Asked the room whether it is OK to add " + invitee + ".");
			}
		});
		return deadline;
	}

	/** The round's id, as carried by the marker. */
	public String id() {
		return id;
	}

	@Override
	public boolean cancel() {
		return finish(Step.CANCELLED, null, "The invitation of " + invitee + " was withdrawn.");
	}

	/** The window closed: invite unless someone objected or the round was withdrawn. */
	void windowClosed() {
		synchronized (this) {
			if (state != State.WAITING) {
				return;
			}
			state = State.INVITING;
			stopListening();
		}
		inviteNow();
	}

	/** Invites straight away (nobody else is in the room to ask). */
	void inviteNow() {
		synchronized (this) {
			state = State.INVITING;
		}
		chat.invite(room, invitee, reason).whenComplete((ok, error) -> {
			if (error != null) {
				finish(Step.FAILED, null, error.getMessage());
			} else {
				finish(Step.INVITED, null, "Invited " + invitee + ".");
			}
		});
	}

	private synchronized boolean isWaiting() {
		return state == State.WAITING;
	}

	private void heard(RoomTalk message) {
		if (message.fromHistory() || message.nick().isEmpty() || !asked.contains(message.nick())) {
			return;
		}
		boolean tactObjection = message.objectionTo().filter(id::equals).isPresent();
		boolean textObjection = ObjectionRule.isObjection(message.body(), invitee);
		if (!tactObjection && !textObjection) {
			return;
		}
		synchronized (this) {
			if (deadline != null && clock.instant().isAfter(deadline)) {
				return; // too late: the round has gone ahead or is about to
			}
		}
		finish(Step.OBJECTED, message.nick(), message.nick() + " objected; " + invitee + " was not invited.");
	}

	private boolean finish(Step step, String objector, String text) {
		synchronized (this) {
			if (state == State.DONE || (state == State.INVITING && step != Step.INVITED && step != Step.FAILED)) {
				return false;
			}
			state = State.DONE;
			stopListening();
		}
		report(step, objector, text);
		return true;
	}

	private void stopListening() {
		listening.close();
		following.close();
	}

	/** Keeps {@link #asked} to the people asked: one who leaves is gone, one who renames is followed. */
	private final class AskedOccupants implements GroupChatListener {
		@Override
		public void occupantLeft(BareJid where, String nick) {
			if (where.equals(room)) {
				asked.remove(nick);
			}
		}

		@Override
		public void occupantRenamed(BareJid where, String oldNick, String newNick) {
			if (where.equals(room) && asked.remove(oldNick)) {
				asked.add(newNick);
			}
		}
	}

	private void report(Step step, String objector, String text) {
		Instant shownDeadline = step == Step.ASKED ? deadline : null;
		listener.progressed(new InvitationProgress(step, room, invitee, objector, shownDeadline, text));
	}
}
