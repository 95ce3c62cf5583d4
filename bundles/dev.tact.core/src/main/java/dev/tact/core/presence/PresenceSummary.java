package dev.tact.core.presence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * What the status bar says about one's own presence: the state's label, whether automation chose it (and which
 * source), how long until it changes by itself ("resets in 58 min", "ends in 23 min"), and which automatic claims the
 * user's choice holds off meanwhile, so a manual state never silently switches automation off.
 *
 * @param presence  the effective presence
 * @param label     e.g. "Busy – Debugging" or "Busy – Focusing until 10:45"
 * @param automatic true when no manual choice is in force
 * @param source    the claim behind the state, if any
 * @param countdown e.g. "resets in 58 min", or empty
 * @param heldOff   automatic claims in force that do not show because of the user's choice, in source order
 * @param automation every automatic claim in force, shown or not, in source order ("in a call, debugging")
 */
public record PresenceSummary(Presence presence, String label, boolean automatic, Optional<ClaimSource> source,
		String countdown, List<Claim> heldOff, List<Claim> automation) {

	public PresenceSummary {
		heldOff = List.copyOf(heldOff);
		automation = List.copyOf(automation);
	}

	/** Summarises the arbiter's current state as seen at {@code clock}'s now. */
	public static PresenceSummary of(PresenceArbiter arbiter, Clock clock, ZoneId zone) {
		Presence effective = arbiter.effective();
		Instant now = clock.instant();
		Optional<Claim> manual = arbiter.claimOf(ClaimSource.USER);
		Optional<Claim> behind = manual.isPresent() ? manual
				: arbiter.activeClaims().stream().filter(c -> c.presence().state() == effective.state())
						.filter(c -> !arbiter.heldOff().contains(c)).findFirst();
		String countdown = "";
		if (behind.isPresent()) {
			Claim claim = behind.get();
			Instant end = claim.expiresAt() != null ? claim.expiresAt() : claim.presence().until();
			if (end != null && end.isAfter(now)) {
				countdown = (claim.source() == ClaimSource.USER ? "resets in " : "ends in ") + humanize(Duration.between(now, end));
			}
		}
		List<Claim> automation = arbiter.activeClaims().stream().filter(c -> c.source().isAutomatic()).toList();
		return new PresenceSummary(effective, effective.label(zone), manual.isEmpty(), behind.map(Claim::source),
				countdown, arbiter.heldOff(), automation);
	}

	/** "45 s", "23 min", "1 h 05 min". */
	static String humanize(Duration left) {
		long seconds = Math.max(0, left.toSeconds());
		if (seconds < 60) {
			return seconds + " s";
		}
		long minutes = (seconds + 59) / 60;
		if (minutes < 60) {
			return minutes + " min";
		}
		return String.format("%d h %02d min", minutes / 60, minutes % 60);
	}
}
