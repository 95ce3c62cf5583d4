package dev.tact.core.contacts;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

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
		} else if (!days.contains(day)) {
			restore(jid, List.of(day)); // an older message from the archive: keep the days in order
		}
		while (days.size() > WINDOW_DAYS + 1) {
			days.removeFirst();
		}
	}

	/** The days counted per contact (epoch days in the user's zone, oldest first), to keep across a restart. */
	public synchronized Map<BareJid, List<Long>> days() {
		Map<BareJid, List<Long>> copy = new HashMap<>();
		daysByContact.forEach((jid, days) -> copy.put(jid, List.copyOf(days)));
		return copy;
	}

	/** Counts {@code days} (as {@link #days()} gave them) for {@code jid} too. */
	public synchronized void restore(BareJid jid, List<Long> days) {
		Deque<Long> merged = daysByContact.computeIfAbsent(Objects.requireNonNull(jid, "jid"), k -> new ArrayDeque<>());
		TreeSet<Long> all = new TreeSet<>(merged);
		all.addAll(days);
		merged.clear();
		merged.addAll(all);
		while (merged.size() > WINDOW_DAYS + 1) {
			merged.removeFirst();
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
