package dev.tact.ui.internal.runtime;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

import dev.tact.core.address.BareJid;
import dev.tact.core.port.AccountSettings;

/**
 * The account as the user configured it in Window > Preferences > Tact. The password is not here: it lives only in
 * Eclipse secure storage ({@link SecureCredentialStore}).
 */
public record AccountPreferences(String jid, String host, int port, boolean allowPlaintext, boolean signInOnStartup,
		String pinnedCertificate) {

	public static final String NODE = "dev.tact.ui";
	public static final String JID = "account.jid";
	public static final String HOST = "account.host";
	public static final String PORT = "account.port";
	public static final String ALLOW_PLAINTEXT = "account.allowPlaintext";
	public static final String SIGN_IN_ON_STARTUP = "account.signInOnStartup";
	public static final String PINNED_CERTIFICATE = "account.pinnedCertificate";
	/** The resource this installation signs in with, made up once (see {@link #resource()}). */
	public static final String RESOURCE = "account.resource";
	private static final SecureRandom RANDOM = new SecureRandom();

	public static AccountPreferences load() {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
		return new AccountPreferences(node.get(JID, ""), node.get(HOST, ""), node.getInt(PORT, 0),
				node.getBoolean(ALLOW_PLAINTEXT, false), node.getBoolean(SIGN_IN_ON_STARTUP, true),
				node.get(PINNED_CERTIFICATE, ""));
	}

	/** Every certificate the user trusted, for whichever account and server. */
	public List<CertificatePin> pins() {
		List<CertificatePin> pins = new ArrayList<>();
		for (String entry : pinnedCertificate.split(",")) {
			if (!entry.isBlank()) {
				pins.add(CertificatePin.parse(entry));
			}
		}
		return pins;
	}

	/** The certificates trusted for this account on its server, as SHA-256 hex fingerprints. */
	public Set<String> trustedCertificates() {
		Set<String> trusted = new TreeSet<>();
		for (CertificatePin pin : pins()) {
			if (pin.appliesTo(jid, server())) {
				trusted.add(pin.sha256());
			}
		}
		return trusted;
	}

	/** Trusts {@code sha256} for the account configured, on its server, and saves it. */
	public static void trust(String sha256) {
		AccountPreferences saved = load();
		List<CertificatePin> pins = saved.pins();
		CertificatePin pin = new CertificatePin(saved.jid(), saved.server(), sha256);
		if (!pins.contains(pin)) {
			pins.add(pin);
		}
		savePins(pins);
	}

	/** Keeps exactly {@code pins}: what Preferences shows after the user removed some. */
	public static void savePins(List<CertificatePin> pins) {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
		node.put(PINNED_CERTIFICATE, String.join(",", pins.stream().map(CertificatePin::toString).toList()));
		try {
			node.flush();
		} catch (BackingStoreException e) {
			ILog.of(AccountPreferences.class).warn("Could not save the trusted certificates: " + e);
		}
	}

	/** The server the account signs in to: the host configured, or else its domain. */
	private String server() {
		if (!host.isBlank()) {
			return host.strip();
		}
		int at = jid.indexOf('@');
		return at < 0 ? jid.strip() : jid.substring(at + 1).strip();
	}

	public boolean isConfigured() {
		return !jid.isBlank();
	}

	/** The settings to connect with; fails with a message for the user when the address is not valid. */
	public AccountSettings toSettings() {
		BareJid account = BareJid.parse(jid);
		if (account.local().isEmpty()) {
			throw new IllegalArgumentException("'" + jid + "' needs a user name, as in name@" + account.domain());
		}
		return new AccountSettings(account, resource(), host, port, allowPlaintext);
	}

	/**
	 * "tact-" and ten random letters and digits, made up the first time and kept: the same for every sign-in from
	 * this installation (so the server's resource-bound state and the peers' view stay put), yet telling nobody
	 * which client this is or anything about the machine, as a fixed "tact" or a host name would.
	 */
	public static String resource() {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
		String kept = node.get(RESOURCE, "");
		if (!kept.isBlank()) {
			return kept;
		}
		StringBuilder made = new StringBuilder("tact-");
		for (int i = 0; i < 10; i++) {
			made.append(Character.forDigit(RANDOM.nextInt(36), 36));
		}
		node.put(RESOURCE, made.toString());
		try {
			node.flush();
		} catch (BackingStoreException e) {
			ILog.of(AccountPreferences.class).warn("Could not save the resource to sign in with: " + e);
		}
		return made.toString();
	}
}
