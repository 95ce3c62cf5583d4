package dev.tact.core.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import dev.tact.core.address.BareJid;
import dev.tact.core.testing.MutableClock;

class TalkFrequencyTest {

	private static final BareJid DANA = BareJid.parse("dana@example.org");

	@Test
	void talkingOnManyDaysMakesAFrequentContactWhoFadesAfterAMonth() {
		MutableClock clock = MutableClock.atMondayMorning();
		TalkFrequency frequency = new TalkFrequency(ZoneOffset.UTC);
		assertEquals(Familiarity.RARE, frequency.familiarity(DANA, clock.instant()));
		for (int day = 0; day < 10; day++) {
			frequency.talkedWith(DANA, clock.instant());
			frequency.talkedWith(DANA, clock.instant().plusSeconds(60));
			clock.advance(Duration.ofDays(1));
		}
		assertEquals(Familiarity.FREQUENT, frequency.familiarity(DANA, clock.instant()));
		clock.advance(Duration.ofDays(40));
		assertEquals(Familiarity.RARE, frequency.familiarity(DANA, clock.instant()));
	}
}
