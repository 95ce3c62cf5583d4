package dev.tact.ide.internal.microphone;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;

import dev.tact.core.automation.CaptureStreams;
import dev.tact.core.port.MicrophonePort;
import dev.tact.core.port.MicrophoneUse;

/**
 * Capture streams on PulseAudio, or PipeWire through pipewire-pulse, followed as they change: {@code pactl subscribe}
 * prints a line for every new, changed or removed source output, and each such burst is answered by reading the
 * streams and sources again ({@link CaptureStreams} judges them). Runs on its own daemon thread; when the sound server
 * is not there (yet) or goes away, it tries again, waiting longer each time up to {@link #MOST_PATIENT}.
 */
final class PulseAudioMicrophone implements MicrophonePort {

	private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
	private static final Duration MOST_PATIENT = Duration.ofSeconds(10);
	private static final long ANSWER_SECONDS = 5;
	private static final File NO_INPUT = new File("/dev/null");

	private final long ownPid = ProcessHandle.current().pid();
	private volatile boolean closed;
	private volatile Process subscription;
	private Thread thread;

	/** Whether {@code pactl} is installed at all; the sound server itself may start later. */
	static Optional<MicrophonePort> open() {
		String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
		boolean installed = Stream.of(path.split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, "pactl")));
		return installed ? Optional.of(new PulseAudioMicrophone()) : Optional.empty();
	}

	@Override
	public synchronized void watch(Consumer<MicrophoneUse> listener) {
		thread = new Thread(() -> follow(listener), "tact-microphone");
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public void close() {
		closed = true;
		Process running = subscription;
		if (running != null) {
			running.destroy();
		}
		Thread following = thread;
		if (following != null) {
			following.interrupt();
		}
	}

	@Override
	public String describe() {
		return "PulseAudio capture streams (pactl)";
	}

	private void follow(Consumer<MicrophoneUse> listener) {
		Duration wait = FIRST_RETRY;
		MicrophoneUse last = null;
		while (!closed) {
			try {
				Process events = start("pactl", "subscribe");
				subscription = events;
				try (BufferedReader lines = new BufferedReader(
						new InputStreamReader(events.getInputStream(), StandardCharsets.UTF_8))) {
					Optional<MicrophoneUse> now = read();
					if (now.isPresent()) {
						wait = FIRST_RETRY; // the server answers: the next outage starts patient again
						last = tell(listener, last, now.get());
					}
					for (String line = lines.readLine(); line != null && !closed; line = lines.readLine()) {
						if (line.contains("source-output") || line.contains(" on source #")) {
							last = tell(listener, last, read().orElse(MicrophoneUse.FREE));
						}
					}
				} finally {
					events.destroy();
				}
			} catch (IOException e) {
				ILog.of(getClass()).warn("Cannot follow the microphone through pactl: " + e.getMessage());
			}
			if (closed) {
				return;
			}
			// no server, or it went away: a call cannot be going on that we can see
			last = tell(listener, last, MicrophoneUse.FREE);
			try {
				Thread.sleep(wait.toMillis());
			} catch (InterruptedException e) {
				return;
			}
			wait = wait.multipliedBy(2).compareTo(MOST_PATIENT) > 0 ? MOST_PATIENT : wait.multipliedBy(2);
		}
	}

	private static MicrophoneUse tell(Consumer<MicrophoneUse> listener, MicrophoneUse last, MicrophoneUse now) {
		if (!now.equals(last)) {
			listener.accept(now);
		}
		return now;
	}

	/** The streams and sources now, or empty when the server does not answer. */
	private Optional<MicrophoneUse> read() {
		Optional<String> outputs = run("pactl", "list", "source-outputs");
		Optional<String> sources = run("pactl", "list", "short", "sources");
		if (outputs.isEmpty() || sources.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(CaptureStreams.use(outputs.get(), sources.get(), ownPid));
	}

	private static Optional<String> run(String... command) {
		try {
			Process process = start(command);
			// a pactl that hangs is killed, which ends the read below
			CompletableFuture.runAsync(process::destroyForcibly,
					CompletableFuture.delayedExecutor(ANSWER_SECONDS, TimeUnit.SECONDS));
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			return process.waitFor() == 0 ? Optional.of(output) : Optional.empty();
		} catch (IOException e) {
			return Optional.empty();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	/** English field names whatever the user's locale, and no stdin: pactl must never wait for input. */
	private static Process start(String... command) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(Redirect.from(NO_INPUT));
		builder.environment().put("LC_ALL", "C");
		return builder.start();
	}
}
