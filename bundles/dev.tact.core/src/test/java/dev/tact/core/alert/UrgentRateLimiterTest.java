package dev.tact.core.alert;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.address.BareJid;
import dev.tact.core.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class UrgentRateLimiterTest {

	private static final BareJid DANA = BareJid.parse("dana@example.org");

	private final MutableClock clock = MutableClock.atMondayMorning();
	private final UrgentRateLimiter limiter = UrgentRateLimiter.withDefaults(clock);

	@Test
	void theFirstUrgentIsHonouredAndASecondWithinTenMinutesIsNot() {
		assertTrue(limiter.tryAcquire(DANA));
		clock.advance(Duration.ofMinutes(10).minusSeconds(1));
		assertFalse(limiter.tryAcquire(DANA));
	}

	@Test
	void urgentIsHonouredAgainTenMinutesAfterTheLastHonouredOne() {
		limiter.tryAcquire(DANA);
		clock.advanceMinutes(5);
		limiter.tryAcquire(DANA);
		clock.advanceMinutes(5);
		assertTrue(limiter.tryAcquire(DANA));
	}

	@Test
	void limitsArePerSender() {
		limiter.tryAcquire(DANA);
		assertTrue(limiter.tryAcquire(BareJid.parse("lee@example.org")));
	}

	@Test
	void manySendersAreHandledAndEachStillLimited() {
		for (int i = 0; i < 1000; i++) {
			assertTrue(limiter.tryAcquire(BareJid.parse("user" + i + "@example.org")));
			clock.advance(Duration.ofSeconds(1));
		}
		assertFalse(limiter.tryAcquire(BareJid.parse("user999@example.org")));
		assertTrue(limiter.tryAcquire(BareJid.parse("user0@example.org")));
	}

	@Test
	void aLimiterMustAllowSomething() {
		assertThrows(IllegalArgumentException.class, () -> new UrgentRateLimiter(clock, Duration.ZERO, 1));
		assertThrows(IllegalArgumentException.class, () -> new UrgentRateLimiter(clock, Duration.ofMinutes(1), 0));
	}
}
