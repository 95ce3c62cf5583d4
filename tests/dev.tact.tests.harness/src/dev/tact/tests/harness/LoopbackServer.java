package dev.tact.tests.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * What every throwaway server here shares: a temporary directory, two free loopback ports chosen once (a restart
 * keeps them), one child process in the foreground, stopped or killed by PID, and a shutdown hook so that a test JVM
 * that dies leaves no server behind. Subclasses say how to start theirs and when it is ready.
 */
abstract class LoopbackServer implements XmppTestServer {

	private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);

	private final Path dir;
	private final boolean tls;
	private final int c2sPort;
	private final int httpPort;
	private final Thread shutdownHook;
	private Process process;
	private boolean keepDirectory;

	LoopbackServer(Path dir, boolean tls) throws IOException {
		this.dir = dir;
		this.tls = tls;
		this.c2sPort = LoopbackPorts.free();
		this.httpPort = LoopbackPorts.free();
		this.shutdownHook = new Thread(this::killQuietly, kind() + "-shutdown-" + c2sPort);
	}

	/** The server in the foreground, its working directory and environment set; output goes to stdout.log. */
	abstract ProcessBuilder command() throws IOException;

	/** Whether the started process serves clients yet; asked every 20 ms until it says so. */
	abstract boolean ready();

	/** Called before each start, e.g. to note where the log ends so that only new lines count. */
	void beforeLaunch() throws IOException {
	}

	/** Registers the shutdown hook and starts the process for the first time; for the subclasses' factories. */
	final void begin() throws IOException {
		Runtime.getRuntime().addShutdownHook(shutdownHook);
		launch();
	}

	private void launch() throws IOException {
		beforeLaunch();
		ProcessBuilder builder = command();
		builder.redirectErrorStream(true);
		builder.redirectOutput(Redirect.appendTo(dir.resolve("stdout.log").toFile()));
		process = builder.start();
		long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
		while (!ready()) {
			if (!process.isAlive()) {
				keepDirectory = true;
				throw new IllegalStateException(kind() + " exited with " + process.exitValue() + "; see " + dir);
			}
			if (System.nanoTime() - deadline > 0) {
				keepDirectory = true;
				throw new IllegalStateException(kind() + " was not ready on port " + c2sPort + " in time; see " + dir);
			}
			LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
		}
	}

	@Override
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

	@Override
	public void kill() {
		killQuietly();
	}

	@Override
	public void restart() {
		stop();
		try {
			launch();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public boolean isRunning() {
		return process != null && process.isAlive();
	}

	@Override
	public long pid() {
		return process.pid();
	}

	@Override
	public int c2sPort() {
		return c2sPort;
	}

	@Override
	public int httpPort() {
		return httpPort;
	}

	@Override
	public Path directory() {
		return dir;
	}

	boolean tls() {
		return tls;
	}

	/** Where {@link SelfSignedCertificate#create} puts the files for {@link #DOMAIN}. */
	Path certificates() {
		return dir.resolve("certs");
	}

	@Override
	public Path certificate() {
		return tls ? certificates().resolve(DOMAIN + ".crt") : null;
	}

	@Override
	public String certificateSha256() {
		return SelfSignedCertificate.sha256(certificate());
	}

	@Override
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
