package dev.tact.core.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of the arbiter checked over many generated histories from fixed seeds (reproducible). */
class PresenceArbiterPropertiesTest {

	private static final int CASES = 500;
	private static final List<ClaimSource> AUTOMATIC = List.of(ClaimSource.CALL, ClaimSource.DEBUGGER,
			ClaimSource.FOCUS, ClaimSource.IDLE);
	private static final List<PresenceState> AUTOMATIC_STATES = List.of(PresenceState.AVAILABLE, PresenceState.BUSY,
			PresenceState.IN_A_CALL, PresenceState.DEBUGGING, PresenceState.FOCUSING, PresenceState.DO_NOT_DISTURB,
			PresenceState.BE_RIGHT_BACK, PresenceState.AWAY, PresenceState.OFF_WORK);
	private static final List<PresenceState> MENU_STATES = List.of(PresenceState.values()).stream()
			.filter(PresenceState::isSelectableByUser).toList();

	@Test
	void aValidManualClaimAlwaysWinsWhileItLasts() {
		Random random = new Random(1);
		for (int i = 0; i < CASES; i++) {
			MutableClock clock = MutableClock.atMondayMorning();
			PresenceArbiter arbiter = new PresenceArbiter(clock);
			applyRandomAutomaticHistory(random, clock, arbiter, 5);
			Instant expiry = clock.instant().plus(Duration.ofMinutes(1 + random.nextInt(240)));
			Presence manual = new Presence(pick(random, MENU_STATES), "note " + i, null, null);
			arbiter.claim(ClaimSource.USER, manual, expiry);
			for (int step = 0; step < 10; step++) {
				arbiter.claim(randomAutomaticClaim(random, clock.instant()));
				long roomMinutes = Duration.between(clock.instant(), expiry).toMinutes();
				clock.advanceMinutes(random.nextLong(Math.max(1, roomMinutes)) / 10);
				assertEquals(manual, arbiter.effective(), "case " + i + " step " + step);
			}
		}
	}

	@Test
	void whenEveryAutomaticClaimEndsTheStateReturnsToTheBase() {
		Random random = new Random(2);
		for (int i = 0; i < CASES; i++) {
			MutableClock clock = MutableClock.atMondayMorning();
			Presence base = random.nextBoolean() ? Presence.available() : Presence.of(PresenceState.AWAY, "base");
			PresenceArbiter arbiter = new PresenceArbiter(clock, base);
			applyRandomAutomaticHistory(random, clock, arbiter, 8);
			for (ClaimSource source : AUTOMATIC) {
				if (random.nextBoolean()) {
					arbiter.release(source);
				}
			}
			// The rest end by expiry or by release, whichever comes first.
			clock.advance(Duration.ofDays(1));
			for (ClaimSource source : AUTOMATIC) {
				arbiter.release(source);
			}
			assertEquals(base, arbiter.effective(), "case " + i);
			assertEquals(List.of(), arbiter.activeClaims());
		}
	}

	@Test
	void noClaimOutlivesItsExpiry() {
		Random random = new Random(3);
		for (int i = 0; i < CASES; i++) {
			MutableClock clock = MutableClock.atMondayMorning();
			PresenceArbiter arbiter = new PresenceArbiter(clock);
			for (int step = 0; step < 12; step++) {
				arbiter.claim(randomAutomaticClaim(random, clock.instant()));
				clock.advanceMinutes(random.nextInt(90));
				Instant now = clock.instant();
				for (Claim claim : arbiter.activeClaims()) {
					assertTrue(claim.isActiveAt(now), "case " + i + ": " + claim + " outlived " + now);
				}
				arbiter.nextExpiry().ifPresent(next -> assertTrue(next.isAfter(now)));
			}
		}
	}

	@Test
	void theOrderInWhichClaimsArriveDoesNotChangeTheResult() {
		Random random = new Random(4);
		for (int i = 0; i < CASES; i++) {
			Instant start = MutableClock.atMondayMorning().instant();
			List<Claim> claims = new ArrayList<>();
			for (ClaimSource source : EnumSet.allOf(ClaimSource.class)) {
				if (random.nextInt(3) > 0) {
					claims.add(source == ClaimSource.USER ? randomManualClaim(random, start)
							: randomAutomaticClaim(random, source, start));
				}
			}
			Presence reference = resultOf(claims);
			for (int shuffle = 0; shuffle < 5; shuffle++) {
				Collections.shuffle(claims, random);
				assertEquals(reference, resultOf(claims), "case " + i + " order " + claims);
			}
			assertEquals(ReferenceArbitration.decide(claims, start, Presence.available()), reference, "case " + i);
		}
	}

	@Test
	void theEffectivePresenceAlwaysMatchesTheReferenceRuleAndEveryChangeIsReportedOnce() {
		Random random = new Random(5);
		for (int i = 0; i < CASES; i++) {
			MutableClock clock = MutableClock.atMondayMorning();
			PresenceArbiter arbiter = new PresenceArbiter(clock);
			RecordingListener listener = new RecordingListener();
			arbiter.addListener(listener);
			List<Claim> model = new ArrayList<>();
			List<Presence> observed = new ArrayList<>(List.of(Presence.available()));
			for (int step = 0; step < 15; step++) {
				Claim claim = random.nextInt(4) == 0 ? randomManualClaim(random, clock.instant())
						: randomAutomaticClaim(random, clock.instant());
				if (random.nextInt(4) == 0) {
					arbiter.release(claim.source());
					model.removeIf(held -> held.source() == claim.source());
				} else {
					arbiter.claim(claim);
					model.removeIf(held -> held.source() == claim.source());
					model.add(claim);
				}
				observe(arbiter, model, clock.instant(), observed, "case " + i + " step " + step);
				clock.advanceMinutes(random.nextInt(60));
				observe(arbiter, model, clock.instant(), observed, "case " + i + " step " + step + " later");
			}
			List<Presence> reported = new ArrayList<>(List.of(Presence.available()));
			listener.changes().forEach(change -> reported.add(change.current()));
			assertEquals(observed, reported, "case " + i);
			assertEquals(reported, collapseRepeats(reported), "case " + i + " reported a change that was none");
		}
	}

	private static void observe(PresenceArbiter arbiter, List<Claim> model, Instant now, List<Presence> observed,
			String where) {
		Presence effective = arbiter.effective();
		assertEquals(ReferenceArbitration.decide(model, now, Presence.available()), effective, where);
		if (!effective.equals(observed.get(observed.size() - 1))) {
			observed.add(effective);
		}
	}

	private static Presence resultOf(List<Claim> claims) {
		PresenceArbiter arbiter = new PresenceArbiter(MutableClock.atMondayMorning());
		claims.forEach(arbiter::claim);
		return arbiter.effective();
	}

	private static List<Presence> collapseRepeats(List<Presence> presences) {
		List<Presence> collapsed = new ArrayList<>();
		for (Presence presence : presences) {
			if (collapsed.isEmpty() || !collapsed.get(collapsed.size() - 1).equals(presence)) {
				collapsed.add(presence);
			}
		}
		return collapsed;
	}

	private static void applyRandomAutomaticHistory(Random random, MutableClock clock, PresenceArbiter arbiter,
			int steps) {
		for (int step = 0; step < steps; step++) {
			arbiter.claim(randomAutomaticClaim(random, clock.instant()));
			clock.advanceMinutes(random.nextInt(30));
		}
	}

	private static Claim randomAutomaticClaim(Random random, Instant now) {
		return randomAutomaticClaim(random, pick(random, AUTOMATIC), now);
	}

	private static Claim randomAutomaticClaim(Random random, ClaimSource source, Instant now) {
		Presence presence = new Presence(pick(random, AUTOMATIC_STATES), random.nextBoolean() ? "" : "n", null, null);
		return new Claim(source, presence, randomExpiry(random, now));
	}

	private static Claim randomManualClaim(Random random, Instant now) {
		return new Claim(ClaimSource.USER, Presence.of(pick(random, MENU_STATES)), randomExpiry(random, now));
	}

	private static Instant randomExpiry(Random random, Instant now) {
		return random.nextInt(3) == 0 ? null : now.plus(Duration.ofMinutes(random.nextInt(180)));
	}

	private static <T> T pick(Random random, List<T> from) {
		return from.get(random.nextInt(from.size()));
	}
}
