package dev.tact.core.presence;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides the user's effective presence from the claims of several sources (DESIGN §3, Arbitration): the user's
 * manual claim while it lasts, else the most restrictive automatic claim (DND > In a call > Busy > Away >
 * Available), else the base (Available). Each source holds at most one claim; a new claim replaces the source's
 * previous one. When a claim ends, the state falls back to what the remaining claims say, so nothing is left stuck.
 *
 * <p>
 * Time comes from the injected {@link Clock}. Every call first drops the claims that have expired, so a late timer
 * never shows a stale state; a caller schedules {@link #refresh()} at {@link #nextExpiry()} so that listeners hear
 * about an expiry when it happens.
 *
 * <p>
 * Thread-safe. Listeners are called outside the arbiter's lock, in the order the changes happened, once per real
 * change of the effective {@link Presence} (a claim that changes nothing notifies nobody). They are called on the
 * thread that caused the change, or, if another thread is already delivering, on that thread slightly later; they
 * may call back into the arbiter.
 */
public final class PresenceArbiter {

	private final Clock clock;
	private final Presence base;
	private final Map<ClaimSource, Claim> claims = new EnumMap<>(ClaimSource.class);
	private final ChangeDelivery delivery = new ChangeDelivery();
	private Presence effective;

	/** An arbiter whose base is plain Available. */
	public PresenceArbiter(Clock clock) {
		this(clock, Presence.available());
	}

	/** An arbiter that falls back to {@code base} when no claim is left. */
	public PresenceArbiter(Clock clock, Presence base) {
		this.clock = Objects.requireNonNull(clock, "clock");
		this.base = Objects.requireNonNull(base, "base");
		this.effective = base;
	}

	/**
	 * Registers {@code claim}, replacing its source's previous claim. A claim that has already expired only removes
	 * the previous one.
	 */
	public void claim(Claim claim) {
		Objects.requireNonNull(claim, "claim");
		synchronized (this) {
			Instant now = clock.instant();
			claims.put(claim.source(), claim);
			settle(now);
		}
		delivery.deliverPending();
	}

	/** Convenience for {@code claim(new Claim(source, presence, expiresAt))}; a null expiry lasts until released. */
	public void claim(ClaimSource source, Presence presence, Instant expiresAt) {
		claim(new Claim(source, presence, expiresAt));
	}

	/** The user's manual choice, reset by itself as chosen (1 h, 2 h, end of today in the clock's zone, never). */
	public void claimManually(Presence presence, ResetAfter resetAfter) {
		Objects.requireNonNull(resetAfter, "resetAfter");
		claim(new Claim(ClaimSource.USER, presence, resetAfter.expiryFrom(clock.instant(), clock.getZone())));
	}

	/** Ends {@code source}'s claim; nothing happens if it has none. */
	public void release(ClaimSource source) {
		Objects.requireNonNull(source, "source");
		synchronized (this) {
			Instant now = clock.instant();
			claims.remove(source);
			settle(now);
		}
		delivery.deliverPending();
	}

	/** Drops expired claims and notifies listeners if that changed the effective presence. */
	public void refresh() {
		synchronized (this) {
			settle(clock.instant());
		}
		delivery.deliverPending();
	}

	/** The effective presence now. */
	public Presence effective() {
		Presence now;
		synchronized (this) {
			settle(clock.instant());
			now = effective;
		}
		delivery.deliverPending();
		return now;
	}

	/** The claim {@code source} holds now, if any. */
	public Optional<Claim> claimOf(ClaimSource source) {
		return activeClaims().stream().filter(claim -> claim.source() == source).findFirst();
	}

	/** The claims in force now, in {@link ClaimSource} order. */
	public List<Claim> activeClaims() {
		List<Claim> active;
		synchronized (this) {
			settle(clock.instant());
			active = List.copyOf(claims.values());
		}
		delivery.deliverPending();
		return active;
	}

	/** When the next claim expires, so a caller can schedule {@link #refresh()} then; empty if none will. */
	public Optional<Instant> nextExpiry() {
		return activeClaims().stream()
				.map(Claim::expiresAt)
				.filter(Objects::nonNull)
				.min(Comparator.naturalOrder());
	}

	public void addListener(EffectivePresenceListener listener) {
		delivery.add(Objects.requireNonNull(listener, "listener"));
	}

	public void removeListener(EffectivePresenceListener listener) {
		delivery.remove(listener);
	}

	// Called with the lock held: drops expired claims, recomputes, and queues a notification on a real change.
	private void settle(Instant now) {
		claims.values().removeIf(claim -> !claim.isActiveAt(now));
		Presence decided = decide();
		if (!decided.equals(effective)) {
			Presence previous = effective;
			effective = decided;
			delivery.enqueue(previous, decided);
		}
	}

	private Presence decide() {
		Claim manual = claims.get(ClaimSource.USER);
		if (manual != null) {
			return manual.presence();
		}
		return claims.values().stream()
				.max(ClaimRanking.LEAST_TO_MOST_RESTRICTIVE)
				.map(Claim::presence)
				.orElse(base);
	}
}
