package dev.tact.core.client;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.Occupant;
import dev.tact.core.chat.RoomOccupants;
import dev.tact.core.port.ConsentAsk;

/** What we know of one room we are in: our nick, who is there, the topic, and open questions from others. */
final class RoomState {

	/** The most questions from others a room offers at once, and from any one of them. */
	static final int MAX_OPEN_ASKS = 3;
	static final int MAX_OPEN_ASKS_PER_NICK = 2;

	private final BareJid room;
	private final String nick;
	private final List<ConsentAsk> asks = new CopyOnWriteArrayList<>();
	private final Map<ConsentAsk, Instant> askedAt = new ConcurrentHashMap<>();
	private volatile RoomOccupants occupants = new RoomOccupants();
	private volatile String topic = "";
	private volatile boolean joined;

	RoomState(BareJid room, String nick) {
		this.room = room;
		this.nick = nick;
	}

	BareJid room() {
		return room;
	}

	String nick() {
		return nick;
	}

	RoomOccupants occupants() {
		return occupants;
	}

	String topic() {
		return topic;
	}

	boolean isJoined() {
		return joined;
	}

	/** Questions from others still open at {@code now}: unanswered, and asked less than {@code window} ago. */
	synchronized List<ConsentAsk> openAsks(Instant now, Duration window) {
		asks.removeIf(ask -> !now.isBefore(askedAt.getOrDefault(ask, now).plus(window)));
		askedAt.keySet().retainAll(asks);
		return List.copyOf(asks);
	}

	/**
	 * Someone asked. Beyond {@link #MAX_OPEN_ASKS_PER_NICK} open questions from one nick, or {@link #MAX_OPEN_ASKS}
	 * in all, a new one is not offered (it still shows as the message it came in, and a plain "no" still objects), so
	 * nobody can flood the question bar. Returns whether the question is open now.
	 */
	synchronized boolean asked(ConsentAsk ask, Instant at, Duration window) {
		openAsks(at, window);
		long fromThem = asks.stream().filter(open -> open.askerNick().equals(ask.askerNick())).count();
		if (asks.size() >= MAX_OPEN_ASKS || fromThem >= MAX_OPEN_ASKS_PER_NICK || asks.contains(ask)) {
			return false;
		}
		askedAt.put(ask, at);
		asks.add(ask);
		return true;
	}

	/** Returns whether {@code ask} was open. */
	boolean answered(ConsentAsk ask) {
		askedAt.remove(ask);
		return asks.remove(ask);
	}

	/** We are in: add who the room said was there on entering. */
	void entered(List<Occupant> present, String currentTopic) {
		present.forEach(occupants::joinedOrUpdated); // merged: presence heard while entering is kept
		if (currentTopic != null && !currentTopic.isBlank()) {
			topic = currentTopic;
		}
		joined = true;
	}

	/** The connection went: nobody is known to be there until we enter again. */
	void left() {
		joined = false;
		occupants = new RoomOccupants();
		asks.clear();
		askedAt.clear();
	}

	void topicChanged(String newTopic) {
		topic = newTopic == null ? "" : newTopic;
	}
}
