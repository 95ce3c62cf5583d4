package dev.tact.core.contacts;

import java.util.Comparator;

/**
 * Which of a contact's clients speaks for the contact when several are online.
 * <ol>
 * <li>The most available wins, in the order of {@link dev.tact.core.presence.Availability}: Available, then Busy,
 * then Do Not Disturb, then Away, then Offline. Someone at their desk and Busy is more reachable than their idle
 * phone.</li>
 * <li>On a tie, the higher XMPP priority wins (the client the user said should get messages).</li>
 * <li>On a further tie, the most recently received presence wins.</li>
 * </ol>
 * An offline client never counts; the contact is offline only when no client is left.
 */
public final class BestPresenceRule {

	/** Sorts the best presence first. */
	public static final Comparator<ResourcePresence> BEST_FIRST = Comparator
			.<ResourcePresence, Integer>comparing(p -> p.presence().state().availability().ordinal())
			.thenComparing(ResourcePresence::priority, Comparator.reverseOrder())
			.thenComparing(ResourcePresence::receivedAt, Comparator.reverseOrder());

	private BestPresenceRule() {
	}
}
