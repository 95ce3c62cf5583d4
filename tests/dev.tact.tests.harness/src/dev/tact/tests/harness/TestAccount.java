package dev.tact.tests.harness;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;

/** An account registered on a throwaway server for one test. */
public record TestAccount(String user, String domain, String password) {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();
	private static final SecureRandom RANDOM = new SecureRandom();

	/** A new name starting with {@code prefix}, unique in this JVM, and a random password; not yet registered. */
	static TestAccount fresh(String prefix, String domain) {
		byte[] password = new byte[8];
		RANDOM.nextBytes(password);
		return new TestAccount(prefix.toLowerCase() + "-" + SEQUENCE.incrementAndGet(), domain,
				"pw-" + HexFormat.of().formatHex(password));
	}

	/** The bare address, {@code user@domain}. */
	public String jid() {
		return user + "@" + domain;
	}
}
