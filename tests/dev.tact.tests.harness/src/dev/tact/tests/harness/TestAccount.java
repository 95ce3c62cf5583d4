package dev.tact.tests.harness;

/** An account registered on a throwaway server for one test. */
public record TestAccount(String user, String domain, String password) {

	/** The bare address, {@code user@domain}. */
	public String jid() {
		return user + "@" + domain;
	}
}
