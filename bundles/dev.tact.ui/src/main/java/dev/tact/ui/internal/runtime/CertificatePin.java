package dev.tact.ui.internal.runtime;

import java.util.Locale;

/**
 * A server certificate the user trusted, for one account on one server: a certificate trusted for a test server
 * vouches for nothing on the company's. Kept in the preferences as {@code account|host|sha256}; an entry written
 * before pins had a scope is just the fingerprint, and applies to the account configured.
 */
public record CertificatePin(String account, String host, String sha256) {

	private static final String SEPARATOR = "|";

	public CertificatePin {
		account = account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
		host = host == null ? "" : host.strip().toLowerCase(Locale.ROOT);
		sha256 = sha256.strip().toLowerCase(Locale.ROOT);
	}

	static CertificatePin parse(String entry) {
		String[] parts = entry.split("\\|", -1);
		return parts.length == 3 ? new CertificatePin(parts[0], parts[1], parts[2]) : new CertificatePin("", "", entry);
	}

	/** Whether it vouches for {@code host} when {@code account} signs in there. */
	boolean appliesTo(String account, String host) {
		return this.account.isEmpty() || this.account.equalsIgnoreCase(account) && this.host.equalsIgnoreCase(host);
	}

	/** As Preferences lists it. */
	public String describe() {
		StringBuilder colons = new StringBuilder();
		for (int i = 0; i + 1 < sha256.length() && i < 16; i += 2) {
			colons.append(i > 0 ? ":" : "").append(sha256, i, i + 2);
		}
		String fingerprint = colons.toString().toUpperCase(Locale.ROOT) + "\u2026";
		return account.isEmpty() ? fingerprint + " (for this account)" : fingerprint + " for " + account + " on " + host;
	}

	@Override
	public String toString() {
		return account.isEmpty() ? sha256 : account + SEPARATOR + host + SEPARATOR + sha256;
	}
}
