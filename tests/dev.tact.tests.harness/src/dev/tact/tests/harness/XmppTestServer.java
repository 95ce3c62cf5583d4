package dev.tact.tests.harness;

import java.nio.file.Path;

/**
 * A real XMPP server for tests, thrown away afterwards: its own temporary directory, free loopback ports, a
 * self-signed certificate for {@link #DOMAIN} (unless started without TLS), accounts made on demand, stopped by PID.
 * Implemented by {@link ProsodyServer} and {@link EjabberdServer}; {@link ServerKind} picks one.
 */
public interface XmppTestServer extends AutoCloseable {

	String DOMAIN = "localhost";

	/** Which server this is, for messages and for the few tests that only make sense on one of them. */
	ServerKind kind();

	/** Registers a fresh account with a unique name starting with {@code prefix}. */
	default TestAccount newAccount(String prefix) {
		TestAccount account = TestAccount.fresh(prefix, domain());
		register(account.user(), account.password());
		return account;
	}

	/** Registers {@code user} with {@code password}. */
	void register(String user, String password);

	default String domain() {
		return DOMAIN;
	}

	/** The address clients connect to; nothing listens beyond it. */
	default String host() {
		return "127.0.0.1";
	}

	int c2sPort();

	/** The plain-HTTP port of file uploads (and of ejabberd's admin API). */
	int httpPort();

	/** The group chat service (XEP-0045), the same address on every server here. */
	default String mucService() {
		return "conference." + domain();
	}

	/** The server certificate in PEM form, or {@code null} for a server without TLS. */
	Path certificate();

	/** SHA-256 of the server certificate's DER encoding, as lowercase hex, which clients can pin. */
	String certificateSha256();

	/** Stops the server with SIGTERM, as an administrator would. */
	void stop();

	/** Kills the server with SIGKILL, as a crash would: no goodbye to any client. */
	void kill();

	/** Starts the server again on the same ports, with the same accounts and archives. */
	void restart();

	boolean isRunning();

	long pid();

	/** The server's main log file. */
	Path log();

	Path directory();

	/** Keeps the directory and its log after {@link #close()}, for a failed test to be diagnosed. */
	void keepLogs();

	/** Stops the server and deletes its directory, unless {@link #keepLogs()} was called. */
	@Override
	void close();
}
