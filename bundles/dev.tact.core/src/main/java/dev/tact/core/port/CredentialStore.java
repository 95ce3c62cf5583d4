package dev.tact.core.port;

import java.util.Optional;

import dev.tact.core.address.BareJid;

/**
 * Where passwords live: only in Eclipse secure storage (DESIGN §6), never in preferences. Synchronous; secure
 * storage may ask the user for its master password, so call it from where a dialog may open. Callers wipe the
 * returned array after use.
 */
public interface CredentialStore {

	Optional<char[]> password(BareJid account);

	void save(BareJid account, char[] password);

	void forget(BareJid account);
}
