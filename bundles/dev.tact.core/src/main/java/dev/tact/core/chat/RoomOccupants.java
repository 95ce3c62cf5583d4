package dev.tact.core.chat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Who is in a group chat room right now, keyed by nick. Thread-safe. The list is sorted moderators first, then by
 * nick, as the room's participant pane shows it.
 */
public final class RoomOccupants {

	private static final Comparator<Occupant> DISPLAY_ORDER = Comparator.comparing(Occupant::role)
			.thenComparing(Occupant::nick, String.CASE_INSENSITIVE_ORDER).thenComparing(Occupant::nick);

	private final Map<String, Occupant> byNick = new TreeMap<>();

	/** Someone joined, or an occupant's role changed (both arrive as presence from the room). */
	public synchronized void joinedOrUpdated(Occupant occupant) {
		byNick.put(occupant.nick(), occupant);
	}

	public synchronized Optional<Occupant> left(String nick) {
		return Optional.ofNullable(byNick.remove(nick));
	}

	/** An occupant changed nick; returns false if {@code oldNick} is not in the room. */
	public synchronized boolean renamed(String oldNick, String newNick) {
		Occupant occupant = byNick.remove(oldNick);
		if (occupant == null) {
			return false;
		}
		Occupant renamed = occupant.withNick(newNick);
		byNick.put(renamed.nick(), renamed);
		return true;
	}

	public synchronized Optional<Occupant> find(String nick) {
		return Optional.ofNullable(byNick.get(nick));
	}

	public synchronized int size() {
		return byNick.size();
	}

	/** Everyone in the room, moderators first, then by nick. */
	public synchronized List<Occupant> all() {
		List<Occupant> list = new ArrayList<>(byNick.values());
		list.sort(DISPLAY_ORDER);
		return list;
	}
}
