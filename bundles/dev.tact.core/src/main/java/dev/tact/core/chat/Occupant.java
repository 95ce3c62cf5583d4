package dev.tact.core.chat;

import java.util.Objects;

import dev.tact.core.address.BareJid;

/**
 * Someone in a group chat room: their nick, their role, and their account's address when the room reveals it
 * (null in a semi-anonymous room).
 */
public record Occupant(String nick, Role role, BareJid jid) {

	public Occupant {
		Objects.requireNonNull(nick, "nick");
		nick = nick.strip();
		if (nick.isEmpty()) {
			throw new IllegalArgumentException("An occupant needs a nick");
		}
		role = role == null ? Role.PARTICIPANT : role;
	}


	public Occupant withNick(String newNick) {
		return new Occupant(newNick, role, jid);
	}

}
