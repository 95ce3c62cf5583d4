package dev.tact.core.presence;

import java.util.Comparator;
import java.util.List;

/**
 * Orders automatic claims from least to most restrictive: Available < Away < Busy < In a call < Do not disturb
 * (DESIGN §3). Claims of equal weight are ordered by a fixed source order, never by arrival, so the order in which
 * claims come in cannot change the result; a focus session ranks above the debugger because it tells others when
 * you will be free.
 */
final class ClaimRanking {

	private static final List<ClaimSource> TIE_BREAK = List.of(ClaimSource.IDLE, ClaimSource.DEBUGGER,
			ClaimSource.FOCUS, ClaimSource.CALL, ClaimSource.USER);

	static final Comparator<Claim> LEAST_TO_MOST_RESTRICTIVE = Comparator
			.comparingInt((Claim claim) -> restrictiveness(claim.presence().state()))
			.thenComparingInt(claim -> TIE_BREAK.indexOf(claim.source()));

	private ClaimRanking() {
	}

	static int restrictiveness(PresenceState state) {
		return switch (state) {
			case DO_NOT_DISTURB -> 5;
			case IN_A_CALL -> 4;
			case BUSY, DEBUGGING, FOCUSING -> 3;
			case BE_RIGHT_BACK, AWAY, OFF_WORK -> 2;
			case AVAILABLE -> 1;
			case APPEAR_OFFLINE, OFFLINE -> 0;
		};
	}
}
