package dev.tact.core.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** A test clock that only moves when told to, so time-dependent behaviour is tested without sleeping. */
public final class MutableClock extends Clock {

	private final AtomicReference<Instant> now;
	private final ZoneId zone;

	public MutableClock(Instant start, ZoneId zone) {
		this(new AtomicReference<>(Objects.requireNonNull(start, "start")), zone);
	}

	private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
		this.now = now;
		this.zone = Objects.requireNonNull(zone, "zone");
	}

	/** A clock at 2025-03-10T09:00:00Z in UTC, a Monday morning. */
	public static MutableClock atMondayMorning() {
		return new MutableClock(Instant.parse("2025-03-10T09:00:00Z"), ZoneOffset.UTC);
	}

	public void advance(Duration amount) {
		now.updateAndGet(t -> t.plus(amount));
	}

	public void advanceMinutes(long minutes) {
		advance(Duration.ofMinutes(minutes));
	}

	public void set(Instant instant) {
		now.set(Objects.requireNonNull(instant, "instant"));
	}

	@Override
	public Instant instant() {
		return now.get();
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	/** The returned clock shares this one's time: advancing either moves both. */
	@Override
	public Clock withZone(ZoneId newZone) {
		return new MutableClock(now, newZone);
	}
}
