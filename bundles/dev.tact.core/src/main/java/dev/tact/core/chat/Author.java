package dev.tact.core.chat;

import java.util.Objects;

import dev.tact.core.address.BareJid;

/**
 * Who wrote a message or holds a chat state: an account in a one-to-one chat, a nick (and the account behind it when
 * the room reveals it) in a group chat.
 */
public record Author(BareJid jid, String nick) {

	public Author {
		nick = nick == null ? "" : nick.strip();
		if (jid == null && nick.isEmpty()) {
			throw new IllegalArgumentException("An author needs an address or a nick");
		}
	}

	/** The peer or ourselves in a one-to-one chat. */
	public static Author of(BareJid jid) {
		return new Author(Objects.requireNonNull(jid, "jid"), "");
	}

	/** An occupant of a group chat whose real address is hidden. */
	public static Author nick(String nick) {
		return new Author(null, nick);
	}

	/**
	 * Whether both name the same person: by address when both are known, else by nick. A correction is only applied
	 * when this holds (XEP-0308 forbids correcting someone else's message).
	 */
	public boolean isSamePersonAs(Author other) {
		if (other == null) {
			return false;
		}
		if (jid != null && other.jid != null) {
			return jid.equals(other.jid);
		}
		return !nick.isEmpty() && nick.equals(other.nick);
	}

	/** What the UI shows as the sender. */
	public String displayName() {
		return nick.isEmpty() ? jid.toString() : nick;
	}
}
