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
 * The user's note belongs to the user, not to a state: it shows with whichever claim wins ({@link #setNote}), and
 * choosing Available sets the automatic claims of the moment aside rather than switching automation off
 * ({@link #choose}).
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
	/** Automatic claims the user set aside by choosing Available; each counts again once its source claims anew. */
	private final Map<ClaimSource, Claim> setAside = new EnumMap<>(ClaimSource.class);
	/** The user's choice put away while a focus session shows instead; see {@link #suspendManualChoice()}. */
	private Claim suspendedChoice;
	private String note = "";
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
			if (!claim.equals(setAside.get(claim.source()))) {
				setAside.remove(claim.source());
			}
			if (claim.source() == ClaimSource.USER) {
				setAside.clear(); // a new choice of the user's supersedes "back to normal"
				suspendedChoice = null;
			}
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

	/**
	 * What the user picks from the presence menu. Available means "back to normal", not "never automate again": it
	 * drops the user's previous choice and sets aside whatever automation claims right now (a debug session, being
	 * idle), each until its source ends it or claims something new; automation that starts later counts again. Any
	 * other state is a manual claim that beats automation until {@code resetAfter} ends it.
	 */
	public void choose(PresenceState state, ResetAfter resetAfter) {
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(resetAfter, "resetAfter");
		if (state != PresenceState.AVAILABLE) {
			claimManually(Presence.of(state), resetAfter);
			return;
		}
		synchronized (this) {
			Instant now = clock.instant();
			claims.remove(ClaimSource.USER);
			suspendedChoice = null;
			settle(now);
			setAside.clear();
			claims.values().forEach(claim -> setAside.put(claim.source(), claim));
			settle(now);
		}
		delivery.deliverPending();
	}

	/** Drops the user's choice and anything set aside: automation decides again ("Reset to Automatic"). */
	public void resetToAutomatic() {
		synchronized (this) {
			claims.remove(ClaimSource.USER);
			suspendedChoice = null;
			setAside.clear();
			settle(clock.instant());
		}
		delivery.deliverPending();
	}

	/**
	 * Puts the user's current choice away, for a focus session the user starts over it (starting one is the user's
	 * later word); {@link #resumeManualChoice()} brings it back unless the user chose again or reset to automatic
	 * meanwhile, or it expired.
	 */
	public void suspendManualChoice() {
		synchronized (this) {
			Claim manual = claims.remove(ClaimSource.USER);
			if (manual != null) {
				suspendedChoice = manual;
			}
			settle(clock.instant());
		}
		delivery.deliverPending();
	}

	/** Brings back what {@link #suspendManualChoice()} put away, if it is still due. */
	public void resumeManualChoice() {
		synchronized (this) {
			Claim suspended = suspendedChoice;
			suspendedChoice = null;
			if (suspended != null && !claims.containsKey(ClaimSource.USER)) {
				claims.put(ClaimSource.USER, suspended);
			}
			settle(clock.instant());
		}
		delivery.deliverPending();
	}

	/**
	 * Sets the user's note, shown with whatever state wins (a note never changes the state); blank clears it. While
	 * the user has a note, it replaces the note of the winning claim.
	 */
	public void setNote(String newNote) {
		synchronized (this) {
			note = Presence.of(PresenceState.AVAILABLE, newNote).note();
			settle(clock.instant());
		}
		delivery.deliverPending();
	}

	/** The user's own note, "" when none. */
	public synchronized String note() {
		return note;
	}

	/**
	 * The automatic claims in force that do not show because the user's choice holds them off (a manual state, or
	 * Available setting them aside), in {@link ClaimSource} order.
	 */
	public List<Claim> heldOff() {
		List<Claim> held;
		synchronized (this) {
			settle(clock.instant());
			boolean manual = claims.containsKey(ClaimSource.USER);
			held = claims.values().stream().filter(Claim::isAutomatic)
					.filter(claim -> manual || claim.equals(setAside.get(claim.source()))).toList();
		}
		delivery.deliverPending();
		return held;
	}

	/** Ends {@code source}'s claim; nothing happens if it has none. */
	public void release(ClaimSource source) {
		Objects.requireNonNull(source, "source");
		synchronized (this) {
			Instant now = clock.instant();
			claims.remove(source);
			setAside.remove(source);
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
		setAside.values().removeIf(claim -> !claim.equals(claims.get(claim.source())));
		Presence decided = decide();
		if (!note.isEmpty()) {
			decided = decided.withNote(note);
		}
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
				.filter(claim -> !claim.equals(setAside.get(claim.source())))
				.max(ClaimRanking.LEAST_TO_MOST_RESTRICTIVE)
				.map(Claim::presence)
				.orElse(base);
	}
}
