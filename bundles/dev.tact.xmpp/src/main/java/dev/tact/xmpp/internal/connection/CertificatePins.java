package dev.tact.xmpp.internal.connection;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.tact.core.address.BareJid;

/**
 * The server certificates the user accepted, per account, by SHA-256 fingerprint (lowercase hex). The UI shows an
 * {@link UntrustedCertificateException}'s fingerprint and subject, and pins it here only when the user agrees;
 * persisting pins is the UI's business.
 */
public final class CertificatePins {

	private final Map<BareJid, Set<String>> pins = new ConcurrentHashMap<>();

	public void pin(BareJid account, String sha256) {
		pins.computeIfAbsent(account, a -> ConcurrentHashMap.newKeySet()).add(sha256.strip().toLowerCase(Locale.ROOT));
	}


	public Set<String> pinned(BareJid account) {
		return Set.copyOf(pins.getOrDefault(account, Set.of()));
	}
}
