package dev.tact.core.port;

/** An invitation round still asking the room; the user may withdraw it before the deadline. */
@FunctionalInterface
public interface PendingInvitation {

	/** Withdraws the request if it is still waiting; returns whether it did (false once it went ahead or ended). */
	boolean cancel();
}
