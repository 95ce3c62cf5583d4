package dev.tact.core.port;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class CertificateInfoTest {

	private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
	private static final Instant TO = Instant.parse("2027-01-01T00:00:00Z");

	@Test
	void saysWhyItIsRefusedInWords() {
		CertificateInfo selfSigned = info("CN=chat.example.org", "CN=chat.example.org");
		CertificateInfo unknownAuthority = info("CN=chat.example.org", "CN=Some CA");

		assertEquals("It is signed by itself, so no authority vouches for it.", selfSigned.whyRefused(FROM.plusSeconds(1)));
		assertEquals("No certificate authority this computer trusts has signed it.",
				unknownAuthority.whyRefused(FROM.plusSeconds(1)));
		assertEquals("It expired on 1 Jan 2027.", selfSigned.whyRefused(TO.plusSeconds(1)));
		assertEquals("It is not valid before 1 Jan 2026.", selfSigned.whyRefused(FROM.minusSeconds(1)));
		assertEquals("valid from 1 Jan 2026 to 1 Jan 2027", selfSigned.validity());
	}

	@Test
	void aCertificateWithEndlessNamesKeepsTwenty() {
		CertificateInfo many = new CertificateInfo("ab", "CN=x", "CN=x", Collections.nCopies(100_000, "x.example.org"),
				FROM, TO, false);
		assertEquals(CertificateInfo.MAX_NAMES, many.names().size());
		assertEquals("AB", many.colonSeparated());
	}

	private static CertificateInfo info(String subject, String issuer) {
		return new CertificateInfo("00ff", subject, issuer, List.of("chat.example.org"), FROM, TO, false);
	}
}
