package dev.tact.xmpp.internal.connection;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import dev.tact.core.port.CertificateInfo;

/**
 * Trusts what the JDK trusts, plus exactly the server certificates the user accepted (pinned by SHA-256).
 * Anything else fails with an {@link UntrustedCertificateException} that the caller shows to the user.
 */
public final class PinningTrustManager implements X509TrustManager {

	private final X509TrustManager system;
	private final Set<String> pinned;
	private volatile UntrustedCertificateException lastRejection;

	public PinningTrustManager(Set<String> pinnedSha256) {
		this.system = systemTrustManager();
		this.pinned = Set.copyOf(pinnedSha256);
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		if (chain == null || chain.length == 0) {
			throw new CertificateException("The server sent no certificate");
		}
		String fingerprint = sha256(chain[0]);
		if (pinned.contains(fingerprint)) {
			chain[0].checkValidity();
			return;
		}
		try {
			system.checkServerTrusted(chain, authType);
		} catch (CertificateException e) {
			lastRejection = new UntrustedCertificateException(describe(chain[0], fingerprint), e);
			throw lastRejection;
		}
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		throw new CertificateException("Tact does not accept client connections");
	}

	@Override
	public X509Certificate[] getAcceptedIssuers() {
		return system.getAcceptedIssuers();
	}

	/** Whether the user pinned any certificate (then the server may be vouched for by that alone). */
	public boolean hasPins() {
		return !pinned.isEmpty();
	}

	/** The certificate most recently refused, so a failed connection can explain itself; or {@code null}. */
	public UntrustedCertificateException lastRejection() {
		return lastRejection;
	}

	/** What the user sees of {@code certificate} before deciding. */
	static CertificateInfo describe(X509Certificate certificate, String sha256) {
		List<String> names = new ArrayList<>();
		try {
			Collection<List<?>> alternatives = certificate.getSubjectAlternativeNames();
			if (alternatives != null) {
				for (List<?> entry : alternatives) {
					if (entry.size() > 1 && Integer.valueOf(2).equals(entry.get(0)) && entry.get(1) instanceof String dns) {
						names.add(dns); // type 2: dNSName
					}
				}
			}
		} catch (CertificateParsingException e) {
			// no names to show; the subject still says who it claims to be
		}
		return new CertificateInfo(sha256, certificate.getSubjectX500Principal().getName(),
				certificate.getIssuerX500Principal().getName(), names, certificate.getNotBefore().toInstant(),
				certificate.getNotAfter().toInstant(), false);
	}

	/** SHA-256 of the certificate's DER encoding, lowercase hex. */
	public static String sha256(X509Certificate certificate) throws CertificateException {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
		} catch (GeneralSecurityException e) {
			throw new CertificateException("Cannot fingerprint the server certificate", e);
		}
	}

	private static X509TrustManager systemTrustManager() {
		try {
			TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			factory.init((KeyStore) null);
			for (TrustManager manager : factory.getTrustManagers()) {
				if (manager instanceof X509TrustManager x509) {
					return x509;
				}
			}
			throw new IllegalStateException("The JDK offers no X.509 trust manager");
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("The JDK trust store cannot be read", e);
		}
	}
}
