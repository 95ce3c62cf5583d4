package dev.tact.core.port;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.tact.core.address.BareJid;

/**
 * Passwords held in memory only: for a password typed once (Test Connection), the demo's throwaway accounts and
 * tests. Real accounts keep theirs in Eclipse secure storage.
 */
public final class MemoryCredentialStore implements CredentialStore {

	private final Map<BareJid, char[]> passwords = new ConcurrentHashMap<>();

	/** A store that knows one account's password. */
	public static MemoryCredentialStore of(BareJid account, char[] password) {
		MemoryCredentialStore store = new MemoryCredentialStore();
		store.save(account, password);
		return store;
	}

	@Override
	public Optional<char[]> password(BareJid account) {
		return Optional.ofNullable(passwords.get(account)).map(char[]::clone);
	}

	@Override
	public void save(BareJid account, char[] password) {
		passwords.put(account, password.clone());
	}

	@Override
	public void forget(BareJid account) {
		passwords.remove(account);
	}
}
