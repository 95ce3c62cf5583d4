package dev.tact.core.presence;

import java.time.Instant;
import java.util.Objects;

/**
 * One source's wish for the user's presence: the {@link Presence} it wants shown (its note and {@code until}
 * included, e.g. a focus session's end) and when the claim lapses by itself ({@code expiresAt}, null for "until
 * released"). The expiry is separate from the presence's {@code until}: a manual "Busy, reset after 1 h" lapses
 * without telling anyone when.
 *
 * <p>
 * The user may claim only the states of the presence menu; automatic sources may claim anything but offline
 * (being offline is the connection's business, not a claim's).
 */
public record Claim(ClaimSource source, Presence presence, Instant expiresAt) {

	public Claim {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(presence, "presence");
		PresenceState state = presence.state();
		if (source == ClaimSource.USER && !state.isSelectableByUser()) {
			throw new IllegalArgumentException(state + " cannot be chosen by the user; it comes from automation");
		}
		if (source.isAutomatic() && state.show() == XmppShow.UNAVAILABLE) {
			throw new IllegalArgumentException("An automatic source cannot claim " + state);
		}
	}

	/** A claim that lasts until it is released. */
	public static Claim untilReleased(ClaimSource source, Presence presence) {
		return new Claim(source, presence, null);
	}

	/** Whether an automatic source holds this claim. */
	public boolean isAutomatic() {
		return source.isAutomatic();
	}

	/** Whether the claim still counts at {@code now}; it lapses at its expiry instant exactly. */
	public boolean isActiveAt(Instant now) {
		return expiresAt == null || now.isBefore(expiresAt);
	}
}
