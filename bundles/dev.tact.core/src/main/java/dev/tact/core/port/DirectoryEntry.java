package dev.tact.core.port;

import java.util.Objects;

import dev.tact.core.address.BareJid;

/** A person found in the server's user directory. */
public record DirectoryEntry(BareJid jid, String name, String email) {

	public DirectoryEntry {
		Objects.requireNonNull(jid, "jid");
		name = name == null ? "" : name;
		email = email == null ? "" : email;
	}
}
