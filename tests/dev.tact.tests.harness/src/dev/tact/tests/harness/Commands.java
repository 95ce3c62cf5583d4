package dev.tact.tests.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs the small commands a throwaway server needs (openssl, prosodyctl) and checks they are installed. */
final class Commands {

	private Commands() {
	}

	/** Fails with the Debian packages to install when {@code command} is not on the PATH. */
	static void require(String command, String install) {
		String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
		boolean found = Stream.of(path.split(":")).anyMatch(p -> Files.isExecutable(Path.of(p, command)));
		if (!found) {
			throw new IllegalStateException("'" + command + "' is not installed; on Debian: " + install);
		}
	}

	/** Runs {@code command} to its end; fails with its output when it does not succeed within 30 seconds. */
	static void run(List<String> command) throws IOException {
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
}
