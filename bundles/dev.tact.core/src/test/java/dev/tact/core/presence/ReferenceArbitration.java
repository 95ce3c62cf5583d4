package dev.tact.core.presence;

import java.time.Instant;
import java.util.List;

/**
 * DESIGN §3's arbitration rule written out plainly and independently of {@link PresenceArbiter}, as the oracle for
 * its property tests.
 */
final class ReferenceArbitration {

	/** Most restrictive first; within Busy, the sources in the documented tie order. */
	private static final List<PresenceState> DND = List.of(PresenceState.DO_NOT_DISTURB);
	private static final List<PresenceState> CALL = List.of(PresenceState.IN_A_CALL);
	private static final List<PresenceState> BUSY = List.of(PresenceState.BUSY, PresenceState.DEBUGGING,
			PresenceState.FOCUSING);
	private static final List<PresenceState> AWAY = List.of(PresenceState.AWAY, PresenceState.BE_RIGHT_BACK,
			PresenceState.OFF_WORK);
	private static final List<PresenceState> AVAILABLE = List.of(PresenceState.AVAILABLE);
	private static final List<ClaimSource> TIE_ORDER = List.of(ClaimSource.CALL, ClaimSource.FOCUS,
			ClaimSource.DEBUGGER, ClaimSource.IDLE);

	private ReferenceArbitration() {
	}

	static Presence decide(List<Claim> claims, Instant now, Presence base) {
		List<Claim> active = claims.stream().filter(claim -> claim.expiresAt() == null || claim.expiresAt().isAfter(now))
				.toList();
		for (Claim claim : active) {
			if (claim.source() == ClaimSource.USER) {
				return claim.presence();
			}
		}
		for (List<PresenceState> level : List.of(DND, CALL, BUSY, AWAY, AVAILABLE)) {
			for (ClaimSource source : TIE_ORDER) {
				for (Claim claim : active) {
					if (claim.source() == source && level.contains(claim.presence().state())) {
						return claim.presence();
					}
				}
			}
		}
		return base;
	}
}
