package dev.tact.tests.harness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PulseAudio daemon for the tests: its own runtime directory, a null sink as the speakers and a null source as
 * the microphone, reachable only through its own unix socket, stopped by PID. It counts the sounds that start on it,
 * so a test hears whether Tact really played one.
 * <p>
 * A test JVM plays through it when its environment has {@code PULSE_SERVER=unix:<socket>} (Java Sound's default
 * ALSA device goes to PulseAudio with Debian's {@code libasound2-plugins}). Needs the packages {@code pulseaudio}
 * and {@code pulseaudio-utils}.
 */
public final class PulseAudioDaemon implements AutoCloseable {

	/** The speakers (a null sink) and the microphone (a null source). */
	public static final String SINK = "speakers";
	public static final String SOURCE = "mic";
	private static final Duration READY_TIMEOUT = Duration.ofSeconds(20);

	private final Path dir;
	private final Path socket;
	/** Java Sound opens a playback stream twice for one sound (it probes the device first): streams this close together are one sound. */
	private static final long SAME_SOUND_NANOS = TimeUnit.SECONDS.toNanos(1);
	private final AtomicInteger sounds = new AtomicInteger();
	private long lastStreamNanos;
	private final List<Process> helpers = new ArrayList<>();
	private Process daemon;
	private Process events;

	private PulseAudioDaemon(Path dir, Path socket) {
		this.dir = dir;
		this.socket = socket;
	}

	/** Starts a daemon listening on {@code socket}, which must not be in use. */
	public static PulseAudioDaemon start(Path socket) {
		requireCommand("pulseaudio");
		requireCommand("pactl");
		try {
			Path dir = Files.createDirectories(socket.getParent());
			Files.deleteIfExists(socket);
			PulseAudioDaemon pulse = new PulseAudioDaemon(dir, socket);
			pulse.launch();
			return pulse;
		} catch (IOException e) {
			throw new UncheckedIOException("Could not start a throwaway PulseAudio", e);
		}
	}

	/** The address a client names in {@code PULSE_SERVER}. */
	public String server() {
		return "unix:" + socket;
	}

	/** How many sounds have started playing on the daemon so far. */
	public int sounds() {
		return sounds.get();
	}

	/** Starts {@code command} (parecord, pactl…) as a client of this daemon; it is stopped on {@link #close()}. */
	public Process client(String... command) {
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
					.redirectOutput(dir.resolve(command[0] + "-" + System.nanoTime() + ".log").toFile());
			environment(builder.environment());
			Process process = builder.start();
			helpers.add(process);
			return process;
		} catch (IOException e) {
			throw new UncheckedIOException("Could not start " + command[0], e);
		}
	}

	/** Stops every client {@link #client} started, and waits until each has gone. */
	public void stopClients() {
		for (Process helper : helpers) {
			helper.destroy();
			try {
				if (!helper.waitFor(5, TimeUnit.SECONDS)) {
					helper.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		helpers.clear();
	}

	private void launch() throws IOException {
		ProcessBuilder builder = new ProcessBuilder("pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1",
				"--disallow-exit", "--use-pid-file=no", "-F", "/dev/null",
				"--load=module-native-protocol-unix auth-anonymous=1 socket=" + socket,
				"--load=module-null-sink sink_name=" + SINK, "--load=module-null-source source_name=" + SOURCE)
				.redirectErrorStream(true).redirectOutput(dir.resolve("pulseaudio.log").toFile());
		environment(builder.environment());
		daemon = builder.start();
		try {
			Await.until(READY_TIMEOUT, "PulseAudio to answer", () -> !daemon.isAlive() || ready());
		} catch (AssertionError e) {
			close();
			throw e;
		}
		if (!daemon.isAlive()) {
			throw new IllegalStateException("PulseAudio did not start: " + Files.readString(dir.resolve("pulseaudio.log")));
		}
		ProcessBuilder subscribe = new ProcessBuilder("pactl", "subscribe");
		environment(subscribe.environment());
		events = subscribe.redirectErrorStream(true).start();
		Thread reader = new Thread(this::countPlaybackStreams, "pulseaudio-events");
		reader.setDaemon(true);
		reader.start();
	}

	private boolean ready() {
		try {
			ProcessBuilder info = new ProcessBuilder("pactl", "info").redirectErrorStream(true);
			environment(info.environment());
			Process process = info.start();
			process.getInputStream().readAllBytes();
			return process.waitFor(5, TimeUnit.SECONDS) && process.exitValue() == 0;
		} catch (IOException e) {
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private void countPlaybackStreams() {
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(events.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (line.startsWith("Event 'new' on sink-input")) {
					long now = System.nanoTime();
					if (lastStreamNanos == 0 || now - lastStreamNanos > SAME_SOUND_NANOS) {
						sounds.incrementAndGet();
					}
					lastStreamNanos = now;
				}
			}
		} catch (IOException e) {
			// the daemon went away: nothing more to count
		}
	}

	private static void requireCommand(String command) {
		String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
		if (Stream.of(path.split(":")).noneMatch(p -> Files.isExecutable(Path.of(p, command)))) {
			throw new IllegalStateException("'" + command + "' is not installed; on Debian: apt-get install pulseaudio"
					+ " pulseaudio-utils libasound2-plugins");
		}
	}

	private void environment(Map<String, String> environment) {
		environment.put("PULSE_SERVER", server());
		environment.put("XDG_RUNTIME_DIR", dir.toString());
		environment.put("PULSE_RUNTIME_PATH", dir.toString());
		environment.put("HOME", dir.toString());
	}

	@Override
	public void close() {
		helpers.forEach(Process::destroyForcibly);
		if (events != null) {
			events.destroyForcibly();
		}
		if (daemon != null) {
			daemon.destroy();
			try {
				if (!daemon.waitFor(5, TimeUnit.SECONDS)) {
					daemon.destroyForcibly();
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				daemon.destroyForcibly();
			}
		}
	}
}
