package dev.tact.core.etiquette;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

import dev.tact.core.presence.Availability;
import dev.tact.core.presence.EffectivePresenceListener;
import dev.tact.core.presence.Presence;
import dev.tact.core.presence.PresenceState;

/**
 * How the user's day has gone so far, for the guide's rules about one's own status: how long the effective presence
 * was Do Not Disturb since local midnight, how long the user was at work meanwhile (any state but Away, Off Work and
 * offline, while Tact ran), and when the current state began. Fed by the arbiter's changes; thread-safe.
 */
public final class PresenceDayTally implements EffectivePresenceListener {

	private final Clock clock;
	private final ZoneId zone;
	private PresenceState state;
	private Instant since;
	private Instant accountedUntil;
	private LocalDate day;
	private Duration doNotDisturb = Duration.ZERO;
	private Duration atWork = Duration.ZERO;

	public PresenceDayTally(Clock clock, ZoneId zone, Presence current) {
		this.clock = Objects.requireNonNull(clock, "clock");
		this.zone = Objects.requireNonNull(zone, "zone");
		Instant now = clock.instant();
		this.state = current.state();
		this.since = now;
		this.accountedUntil = now;
		this.day = LocalDate.ofInstant(now, zone);
	}

	@Override
	public synchronized void effectivePresenceChanged(Presence previous, Presence current) {
		Instant now = clock.instant();
		account(now);
		if (current.state() != state) {
			state = current.state();
			since = now;
		}
	}

	/** The facts about today as of now, with {@code current} as the effective presence. */
	public synchronized OwnPresenceFacts facts(Presence current) {
		Instant now = clock.instant();
		account(now);
		return new OwnPresenceFacts(current, since, doNotDisturb, atWork, now);
	}

	// Lock held. Only time since local midnight counts; a new day starts from nothing.
	private void account(Instant now) {
		if (!now.isAfter(accountedUntil)) {
			return;
		}
		LocalDate today = LocalDate.ofInstant(now, zone);
		Instant from = accountedUntil;
		if (!today.equals(day)) {
			day = today;
			doNotDisturb = Duration.ZERO;
			atWork = Duration.ZERO;
			from = today.atStartOfDay(zone).toInstant();
		}
		Duration elapsed = Duration.between(from, now);
		if (state == PresenceState.DO_NOT_DISTURB) {
			doNotDisturb = doNotDisturb.plus(elapsed);
		}
		if (isAtWork(state)) {
			atWork = atWork.plus(elapsed);
		}
		accountedUntil = now;
	}

	private static boolean isAtWork(PresenceState state) {
		return state.availability() != Availability.AWAY && state.availability() != Availability.OFFLINE;
	}
}
