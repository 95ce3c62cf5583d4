package dev.tact.tests.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * A real Prosody XMPP server for one test class: its own temporary directory, free loopback ports, a self-signed
 * certificate, accounts made on demand, stopped by PID. Nothing listens beyond 127.0.0.1.
 * <p>
 * Needs the Debian packages {@code prosody}, {@code prosody-modules} and {@code lua-sec}, and {@code openssl}.
 */
public final class ProsodyServer implements AutoCloseable {

	public static final String DOMAIN = "localhost";
	private static final Duration READY_TIMEOUT = Duration.ofSeconds(20);
	private static final AtomicInteger ACCOUNT_SEQUENCE = new AtomicInteger();

	private final Path dir;
	private final boolean tls;
	private final int c2sPort;
	private final int httpPort;
	private final Thread shutdownHook;
	private Process process;
	private boolean keepDirectory;

	private ProsodyServer(Path dir, boolean tls) throws IOException {
		this.dir = dir;
		this.tls = tls;
		this.c2sPort = freePort();
		this.httpPort = freePort();
		this.shutdownHook = new Thread(this::killQuietly, "prosody-shutdown-" + c2sPort);
	}

	/** Starts a server that requires TLS, with a self-signed certificate for {@link #DOMAIN}. */
	public static ProsodyServer start() {
		return start(true);
	}

	/** Starts a server; {@code tls=false} gives one that offers no TLS at all (for negative tests). */
	public static ProsodyServer start(boolean tls) {
		requireCommand("prosody", "apt-get install prosody prosody-modules lua-sec");
		requireCommand("openssl", "apt-get install openssl");
		try {
			ProsodyServer server = new ProsodyServer(Files.createTempDirectory("tact-prosody-"), tls);
			server.prepare();
			Runtime.getRuntime().addShutdownHook(server.shutdownHook);
			server.launch();
			return server;
		} catch (IOException e) {
			throw new UncheckedIOException("Could not prepare a throwaway Prosody", e);
		}
	}

	private void prepare() throws IOException {
		Files.createDirectories(dir.resolve("data"));
		Files.createDirectories(dir.resolve("certs"));
		if (tls) {
			run(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3", "-subj", "/CN=" + DOMAIN,
					"-addext", "subjectAltName=DNS:" + DOMAIN + ",DNS:*." + DOMAIN, "-keyout",
					dir.resolve("certs/" + DOMAIN + ".key").toString(), "-out",
					dir.resolve("certs/" + DOMAIN + ".crt").toString()));
		}
		Files.writeString(config(), new ProsodyConfig(dir, DOMAIN, c2sPort, httpPort, tls, 10L * 1024 * 1024).render());
	}

	private void launch() throws IOException {
		ProcessBuilder builder = new ProcessBuilder("prosody", "--config", config().toString(), "-F");
		builder.redirectErrorStream(true);
		builder.redirectOutput(dir.resolve("stdout.log").toFile());
		process = builder.start();
		long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
		while (!acceptsConnections()) {
			if (!process.isAlive()) {
				keepDirectory = true;
				throw new IllegalStateException("Prosody exited with " + process.exitValue() + "; see " + dir);
			}
			if (System.nanoTime() - deadline > 0) {
				keepDirectory = true;
				throw new IllegalStateException("Prosody did not listen on port " + c2sPort + " in time; see " + dir);
			}
			LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
		}
	}

	private boolean acceptsConnections() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), c2sPort), 200);
			return true;
		} catch (IOException e) {
			return false;
		}
	}

	/** Registers a fresh account with a unique name starting with {@code prefix}. */
	public TestAccount newAccount(String prefix) {
		String user = prefix.toLowerCase() + "-" + ACCOUNT_SEQUENCE.incrementAndGet();
		String password = "pw-" + Long.toHexString(Double.doubleToLongBits(Math.random()));
		register(user, password);
		return new TestAccount(user, DOMAIN, password);
	}

	/** Registers {@code user} with {@code password}; works whether or not the server runs. */
	public void register(String user, String password) {
		try {
			run(List.of("prosodyctl", "--config", config().toString(), "register", user, DOMAIN, password));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Stops the server with SIGTERM, as an administrator would. */
	public void stop() {
		if (process != null && process.isAlive()) {
			process.destroy();
			try {
				if (!process.waitFor(10, TimeUnit.SECONDS)) {
					process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** Kills the server with SIGKILL, as a crash would: no goodbye to any client. */
	public void kill() {
		killQuietly();
	}

	/** Starts the server again on the same ports, with the same accounts and archives. */
	public void restart() {
		stop();
		try {
			launch();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public boolean isRunning() {
		return process != null && process.isAlive();
	}

	public long pid() {
		return process.pid();
	}

	public String domain() {
		return DOMAIN;
	}

	public String host() {
		return "127.0.0.1";
	}

	public int c2sPort() {
		return c2sPort;
	}

	public int httpPort() {
		return httpPort;
	}

	public Path directory() {
		return dir;
	}

	public Path log() {
		return dir.resolve("prosody.log");
	}

	/** The server certificate in PEM form, or {@code null} for a server without TLS. */
	public Path certificate() {
		return tls ? dir.resolve("certs/" + DOMAIN + ".crt") : null;
	}

	/** SHA-256 of the server certificate's DER encoding, as lowercase hex, which clients can pin. */
	public String certificateSha256() {
		try (InputStream in = Files.newInputStream(certificate())) {
			X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(cert.getEncoded()));
		} catch (IOException | CertificateException | NoSuchAlgorithmException e) {
			throw new IllegalStateException("Cannot read the test server certificate", e);
		}
	}

	/** Keeps the directory and its log after {@link #close()}, for a failed test to be diagnosed. */
	public void keepLogs() {
		keepDirectory = true;
	}

	@Override
	public void close() {
		stop();
		try {
			Runtime.getRuntime().removeShutdownHook(shutdownHook);
		} catch (IllegalStateException alreadyShuttingDown) {
			// the hook runs anyway
		}
		if (!keepDirectory) {
			deleteRecursively(dir);
		}
	}

	private void killQuietly() {
		if (process != null && process.isAlive()) {
			process.destroyForcibly();
			try {
				process.waitFor(5, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private Path config() {
		return dir.resolve("prosody.cfg.lua");
	}

	private void run(List<String> command) throws IOException {
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		try {
			String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
				throw new IOException(command.get(0) + " failed: " + output.strip());
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while running " + command.get(0), e);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static void requireCommand(String command, String install) {
		String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
		boolean found = Stream.of(path.split(":")).anyMatch(p -> Files.isExecutable(Path.of(p, command)));
		if (!found) {
			throw new IllegalStateException("'" + command + "' is not installed; on Debian: " + install);
		}
	}

	private static void deleteRecursively(Path root) {
		try (Stream<Path> paths = Files.walk(root)) {
			List<Path> all = new ArrayList<>(paths.toList());
			all.sort((a, b) -> b.getNameCount() - a.getNameCount());
			for (Path p : all) {
				Files.deleteIfExists(p);
			}
		} catch (IOException e) {
			// a leftover temp directory is harmless
		}
	}
}
