package dev.tact.tests.harness;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;

/** A key and a self-signed certificate for a domain and its subdomains, made with openssl, in PEM files. */
record SelfSignedCertificate(Path key, Path certificate) {

	/** Writes {@code <domain>.key} and {@code <domain>.crt} into {@code dir}, valid for three days. */
	static SelfSignedCertificate create(Path dir, String domain) throws IOException {
		Path key = dir.resolve(domain + ".key");
		Path certificate = dir.resolve(domain + ".crt");
		Commands.run(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3", "-subj", "/CN=" + domain,
				"-addext", "subjectAltName=DNS:" + domain + ",DNS:*." + domain, "-keyout", key.toString(), "-out",
				certificate.toString()));
		return new SelfSignedCertificate(key, certificate);
	}

	/** SHA-256 of the certificate's DER encoding, as lowercase hex. */
	static String sha256(Path certificate) {
		try (InputStream in = Files.newInputStream(certificate)) {
			X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(cert.getEncoded()));
		} catch (IOException | CertificateException | NoSuchAlgorithmException e) {
			throw new IllegalStateException("Cannot read the test server certificate", e);
		}
	}
}
