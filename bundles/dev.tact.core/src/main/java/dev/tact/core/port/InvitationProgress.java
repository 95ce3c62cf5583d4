package dev.tact.core.port;

import java.time.Instant;

import dev.tact.core.address.BareJid;

/**
 * How far an invitation round got.
 *
 * @param step what happened
 * @param room the room
 * @param invitee who is to be invited
 * @param objector the nick that objected ({@link Step#OBJECTED}), else null
 * @param deadline when the round goes ahead if nobody objects ({@link Step#ASKED}), else null
 * @param message a sentence for the user
 */
public record InvitationProgress(Step step, BareJid room, BareJid invitee, String objector, Instant deadline,
		String message) {

	/** The steps of a round; every round ends in exactly one of OBJECTED, INVITED, CANCELLED or FAILED. */
	public enum Step {
		/** The room was asked; the invitation goes out at {@code deadline} unless someone objects. */
		ASKED,
		/** Someone objected; no invitation was sent. */
		OBJECTED,
		/** The invitation was sent. */
		INVITED,
		/** We withdrew the request before the deadline. */
		CANCELLED,
		/** Something failed; {@code message} says what. Nothing was sent to the invitee. */
		FAILED
	}

	public boolean isFinal() {
		return step != Step.ASKED;
	}
}
