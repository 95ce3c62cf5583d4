package dev.tact.core.contacts;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

import dev.tact.core.address.BareJid;

/**
 * Counts, per contact, the distinct days with a conversation in the last {@value #WINDOW_DAYS} days, to tell
 * frequent contacts from rare ones. Keeps at most one entry per day per contact. Thread-safe.
 */
public final class TalkFrequency {

	static final int WINDOW_DAYS = 30;

	private final ZoneId zone;
	private final Map<BareJid, Deque<Long>> daysByContact = new HashMap<>();

	/** Days are counted in {@code zone}, the user's time zone. */
	public TalkFrequency(ZoneId zone) {
		this.zone = Objects.requireNonNull(zone, "zone");
	}

	/** We exchanged a message with {@code jid} at {@code when}. */
	public synchronized void talkedWith(BareJid jid, Instant when) {
		long day = epochDay(when);
		Deque<Long> days = daysByContact.computeIfAbsent(Objects.requireNonNull(jid, "jid"), k -> new ArrayDeque<>());
		if (days.isEmpty() || days.peekLast() < day) {
			days.addLast(day);
		}
		while (days.size() > WINDOW_DAYS + 1) {
			days.removeFirst();
		}
	}

	public synchronized Familiarity familiarity(BareJid jid, Instant now) {
		Deque<Long> days = daysByContact.get(jid);
		if (days == null) {
			return Familiarity.RARE;
		}
		long firstCounted = epochDay(now) - WINDOW_DAYS + 1;
		int count = 0;
		for (Iterator<Long> it = days.descendingIterator(); it.hasNext() && it.next() >= firstCounted;) {
			count++;
		}
		return Familiarity.fromDaysTalkedLastMonth(count);
	}

	private long epochDay(Instant instant) {
		return instant.atZone(zone).toLocalDate().toEpochDay();
	}
}
