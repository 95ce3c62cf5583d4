package dev.tact.ui.internal.runtime;

import java.io.IOException;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

import dev.tact.core.address.BareJid;
import dev.tact.core.port.CredentialStore;

/** Passwords in Eclipse secure storage, encrypted, one node per account; never in plain preferences. */
public final class SecureCredentialStore implements CredentialStore {

	private static final String ROOT = "/dev.tact/accounts";
	private static final String PASSWORD = "password";

	@Override
	public Optional<char[]> password(BareJid account) {
		try {
			String value = node(account).get(PASSWORD, null);
			return Optional.ofNullable(value).map(String::toCharArray);
		} catch (StorageException | IllegalStateException e) {
			ILog.of(getClass()).warn("Secure storage could not be read: " + e.getMessage());
			return Optional.empty();
		}
	}

	@Override
	public void save(BareJid account, char[] password) {
		try {
			ISecurePreferences node = node(account);
			node.put(PASSWORD, new String(password), true);
			node.flush();
		} catch (StorageException | IOException | IllegalStateException e) {
			throw new IllegalStateException("The password could not be saved in secure storage: " + e.getMessage(), e);
		}
	}

	@Override
	public void forget(BareJid account) {
		try {
			node(account).removeNode();
			SecurePreferencesFactory.getDefault().flush();
		} catch (IOException | IllegalStateException e) {
			ILog.of(getClass()).warn("Secure storage could not forget the password: " + e.getMessage());
		}
	}

	private static ISecurePreferences node(BareJid account) {
		ISecurePreferences root = SecurePreferencesFactory.getDefault();
		if (root == null) {
			throw new IllegalStateException("Eclipse secure storage is not available");
		}
		// node names may not contain '/', which addresses cannot contain either
		return root.node(ROOT + "/" + account.toString());
	}
}
