package dev.tact.ui.internal.runtime;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

import dev.tact.core.address.BareJid;

/**
 * Sets up the account from a file an administrator (or the demo) hands to the IDE with
 * {@code -Dtact.provision=<file>}: keys {@code jid}, {@code password}, {@code host}, {@code port},
 * {@code allowPlaintext}, {@code pinnedCertificate}. Settings go to the preferences and the password only to secure
 * storage; the file is applied once per content, so later edits in Preferences are not overwritten.
 */
public final class AccountProvisioning {

	public static final String PROPERTY = "tact.provision";
	private static final String APPLIED = "account.provisionedFrom";

	private AccountProvisioning() {
	}

	/** Applies the file named by the system property, if any. Returns whether something was applied. */
	public static boolean applyFromSystemProperty(SecureCredentialStore credentials) {
		String file = System.getProperty(PROPERTY);
		if (file == null || file.isBlank()) {
			return false;
		}
		Path path = Path.of(file);
		try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
			Properties values = new Properties();
			values.load(reader);
			return apply(values, credentials);
		} catch (IOException | IllegalArgumentException e) {
			ILog.of(AccountProvisioning.class).warn("Ignoring the account file " + path + ": " + e.getMessage());
			return false;
		}
	}

	static boolean apply(Properties values, SecureCredentialStore credentials) {
		String jid = values.getProperty("jid", "").strip();
		BareJid account = BareJid.parse(jid);
		String fingerprint = Integer.toHexString(values.hashCode());
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(AccountPreferences.NODE);
		if (fingerprint.equals(node.get(APPLIED, ""))) {
			return false;
		}
		node.put(AccountPreferences.JID, account.toString());
		node.put(AccountPreferences.HOST, values.getProperty("host", "").strip());
		node.putInt(AccountPreferences.PORT, Integer.parseInt(values.getProperty("port", "0").strip()));
		node.putBoolean(AccountPreferences.ALLOW_PLAINTEXT, Boolean.parseBoolean(values.getProperty("allowPlaintext", "false")));
		node.put(AccountPreferences.PINNED_CERTIFICATE, values.getProperty("pinnedCertificate", "").strip());
		node.putBoolean(AccountPreferences.SIGN_IN_ON_STARTUP, true);
		node.put(APPLIED, fingerprint);
		String password = values.getProperty("password");
		if (password != null) {
			credentials.save(account, password.toCharArray());
		}
		try {
			node.flush();
		} catch (BackingStoreException e) {
			ILog.of(AccountProvisioning.class).warn("Could not save the provisioned account: " + e.getMessage());
		}
		return true;
	}
}
