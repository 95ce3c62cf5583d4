package dev.tact.ui.internal.runtime;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import java.util.TreeMap;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

import dev.tact.core.address.BareJid;

/**
 * Sets up the account from a file an administrator (or the demo) hands to the IDE with
 * {@code -Dtact.provision=<file>}: keys {@code jid}, {@code password}, {@code host}, {@code port},
 * {@code allowPlaintext}, {@code pinnedCertificate}. Settings go to the preferences and the password only to secure
 * storage, after which it is taken out of the file: a password left on disk in plain text is one anybody with the
 * file can use. The settings are applied once per content (remembered as a SHA-256 of them, the password left out),
 * so later edits in Preferences are not overwritten; a password in the file is always new, and always stored.
 */
public final class AccountProvisioning {

	public static final String PROPERTY = "tact.provision";
	private static final String APPLIED = "account.provisionedFrom";
	private static final String PASSWORD = "password";

	private AccountProvisioning() {
	}

	/** Applies the file named by the system property, if any. Returns whether something was applied. */
	public static boolean applyFromSystemProperty(SecureCredentialStore credentials) {
		String file = System.getProperty(PROPERTY);
		if (file == null || file.isBlank()) {
			return false;
		}
		return applyFrom(Path.of(file), credentials);
	}

	/** Applies {@code file}, then removes its password. Returns whether something was applied. */
	public static boolean applyFrom(Path file, SecureCredentialStore credentials) {
		Properties values = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			values.load(reader);
		} catch (IOException | IllegalArgumentException e) {
			ILog.of(AccountProvisioning.class).warn("Ignoring the account file " + file + ": " + e.getMessage());
			return false;
		}
		boolean applied;
		try {
			applied = apply(values, credentials);
		} catch (IllegalArgumentException e) {
			ILog.of(AccountProvisioning.class).warn("Ignoring the account file " + file + ": " + e.getMessage());
			return false;
		}
		if (values.containsKey(PASSWORD)) {
			removePassword(file, values);
		}
		return applied;
	}

	private static boolean apply(Properties values, SecureCredentialStore credentials) {
		BareJid account = BareJid.parse(values.getProperty("jid", "").strip());
		int port = Integer.parseInt(values.getProperty("port", "0").strip());
		String password = values.getProperty(PASSWORD);
		if (password != null) {
			credentials.save(account, password.toCharArray());
		}
		String fingerprint = fingerprint(values);
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(AccountPreferences.NODE);
		if (fingerprint.equals(node.get(APPLIED, ""))) {
			return password != null;
		}
		node.put(AccountPreferences.JID, account.toString());
		node.put(AccountPreferences.HOST, values.getProperty("host", "").strip());
		node.putInt(AccountPreferences.PORT, port);
		node.putBoolean(AccountPreferences.ALLOW_PLAINTEXT, Boolean.parseBoolean(values.getProperty("allowPlaintext", "false")));
		node.put(AccountPreferences.PINNED_CERTIFICATE, values.getProperty("pinnedCertificate", "").strip());
		node.putBoolean(AccountPreferences.SIGN_IN_ON_STARTUP, true);
		node.put(APPLIED, fingerprint);
		try {
			node.flush();
		} catch (BackingStoreException e) {
			ILog.of(AccountProvisioning.class).warn("Could not save the provisioned account: " + e.getMessage());
		}
		return true;
	}

	/** A digest of the settings, in a fixed order, without the password: safe to keep in plain preferences. */
	private static String fingerprint(Properties values) {
		TreeMap<String, String> settings = new TreeMap<>();
		values.stringPropertyNames().stream().filter(key -> !PASSWORD.equals(key)).forEach(key -> settings.put(key, values.getProperty(key).strip()));
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(settings.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	/** Rewrites the file without its password, replacing it in one step so that no half-written file is left. */
	private static void removePassword(Path file, Properties values) {
		Properties rest = new Properties();
		values.stringPropertyNames().stream().filter(key -> !PASSWORD.equals(key)).forEach(key -> rest.setProperty(key, values.getProperty(key)));
		Path absolute = file.toAbsolutePath();
		try {
			Path written = Files.createTempFile(absolute.getParent(), ".tact-account", ".tmp");
			try {
				try (Writer writer = Files.newBufferedWriter(written, StandardCharsets.UTF_8)) {
					rest.store(writer, " Tact account settings. The password was moved to Eclipse secure storage.");
				}
				Files.move(written, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} finally {
				Files.deleteIfExists(written);
			}
		} catch (IOException | UnsupportedOperationException e) {
			ILog.of(AccountProvisioning.class).warn("The account file " + file + " still holds the password, which Tact"
					+ " keeps in secure storage now; delete it from the file by hand (" + e.getMessage() + ")");
		}
	}
}
