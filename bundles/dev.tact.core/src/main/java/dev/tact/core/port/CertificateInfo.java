package dev.tact.core.port;

import java.util.Locale;
import java.util.Objects;

/**
 * A server certificate nobody vouches for yet, as the user must see it before trusting it: its SHA-256 fingerprint
 * (to compare with what the server's administrator publishes) and its subject.
 */
public record CertificateInfo(String sha256, String subject) {

	public CertificateInfo {
		Objects.requireNonNull(sha256, "sha256");
		subject = subject == null ? "" : subject;
	}

	/** The fingerprint in the colon-separated form administrators usually publish (AB:CD:…). */
	public String colonSeparated() {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i + 1 < sha256.length(); i += 2) {
			if (i > 0) {
				text.append(':');
			}
			text.append(sha256, i, i + 2);
		}
		return text.toString().toUpperCase(Locale.ROOT);
	}
}
