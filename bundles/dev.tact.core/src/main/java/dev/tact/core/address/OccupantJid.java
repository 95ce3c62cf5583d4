package dev.tact.core.address;

import java.util.Objects;

/**
 * One occupant of a group chat room, reached privately through the room ({@code room@service/nick}, XEP-0045 §7.5).
 * The nick is all we know of them: the same nick may be someone else after they leave, so nothing written to an
 * occupant waits for later.
 */
public record OccupantJid(BareJid room, String nick) implements ChatAddress {

	private static final int MAX_NICK_LENGTH = 1023; // a resource, RFC 7622

	public OccupantJid {
		Objects.requireNonNull(room, "room");
		Objects.requireNonNull(nick, "nick");
		if (nick.isBlank() || nick.length() > MAX_NICK_LENGTH) {
			throw new IllegalArgumentException("An occupant needs a nick of at most " + MAX_NICK_LENGTH + " characters");
		}
	}

	@Override
	public BareJid bare() {
		return room;
	}

	@Override
	public String toString() {
		return room + "/" + nick;
	}
}
