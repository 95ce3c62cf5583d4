package dev.tact.core.port;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A server certificate nobody vouches for yet, as the user must see it before trusting it: its SHA-256 fingerprint
 * (to compare with what the server's administrator publishes), whom it names and who signed it, when it is valid,
 * and whether it turned up while signed in (a reconnect), when nobody asked to sign in.
 *
 * @param names the host names it is for (subject alternative names), at most {@link #MAX_NAMES}
 */
public record CertificateInfo(String sha256, String subject, String issuer, List<String> names, Instant notBefore,
		Instant notAfter, boolean whileSignedIn) {

	public static final int MAX_NAMES = 20;
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

	public CertificateInfo {
		Objects.requireNonNull(sha256, "sha256");
		subject = subject == null ? "" : subject;
		issuer = issuer == null ? "" : issuer;
		names = names == null ? List.of() : List.copyOf(names.subList(0, Math.min(MAX_NAMES, names.size())));
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

	/** Why this computer does not vouch for it, in words, as of {@code now}. */
	public String whyRefused(Instant now) {
		if (notAfter != null && now.isAfter(notAfter)) {
			return "It expired on " + day(notAfter) + ".";
		}
		if (notBefore != null && now.isBefore(notBefore)) {
			return "It is not valid before " + day(notBefore) + ".";
		}
		if (!subject.isEmpty() && subject.equals(issuer)) {
			return "It is signed by itself, so no authority vouches for it.";
		}
		return "No certificate authority this computer trusts has signed it.";
	}

	/** "valid from … to …", or what is known of it. */
	public String validity() {
		if (notBefore == null || notAfter == null) {
			return "validity unknown";
		}
		return "valid from " + day(notBefore) + " to " + day(notAfter);
	}

	private static String day(Instant instant) {
		return DAY.format(instant.atZone(ZoneId.of("UTC")));
	}
}
