package dev.tact.ide.internal.idle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;

import dev.tact.core.automation.IdleReadings;
import dev.tact.core.port.DesktopIdlePort;

/**
 * Idle time from a desktop service asked through its command-line client: GNOME's idle monitor and screen saver over
 * D-Bus (Wayland sessions, where X11's extension sees nothing), or macOS's HID system through {@code ioreg}. Each
 * question starts a short process, so it is asked from Tact's timer thread, never the UI's. Untested on real
 * GNOME-on-Wayland and macOS systems: the parsing is tested over recorded output in core.
 */
final class CommandDesktopIdle implements DesktopIdlePort {

	private static final long ANSWER_SECONDS = 3;

	private final String description;
	private final List<String> idleCommand;
	private final Function<String, Optional<Duration>> readIdle;
	private final List<String> lockCommand;
	private final Predicate<String> readLocked;

	private CommandDesktopIdle(String description, List<String> idleCommand, Function<String, Optional<Duration>> readIdle,
			List<String> lockCommand, Predicate<String> readLocked) {
		this.description = description;
		this.idleCommand = idleCommand;
		this.readIdle = readIdle;
		this.lockCommand = lockCommand;
		this.readLocked = readLocked;
	}

	/** GNOME Shell's idle monitor and screen saver on the session bus, if they answer. */
	static Optional<DesktopIdlePort> gnome() {
		CommandDesktopIdle gnome = new CommandDesktopIdle("GNOME idle monitor",
				List.of("gdbus", "call", "--session", "--dest", "org.gnome.Mutter.IdleMonitor", "--object-path",
						"/org/gnome/Mutter/IdleMonitor/Core", "--method", "org.gnome.Mutter.IdleMonitor.GetIdletime"),
				IdleReadings::gnomeIdleTime,
				List.of("gdbus", "call", "--session", "--dest", "org.gnome.ScreenSaver", "--object-path",
						"/org/gnome/ScreenSaver", "--method", "org.gnome.ScreenSaver.GetActive"),
				IdleReadings::gdbusTrue);
		return gnome.idleTime().isPresent() ? Optional.of(gnome) : Optional.empty();
	}

	/** macOS's HID idle time. */
	static Optional<DesktopIdlePort> mac() {
		CommandDesktopIdle mac = new CommandDesktopIdle("macOS HID idle time", List.of("ioreg", "-c", "IOHIDSystem", "-d", "4"),
				IdleReadings::macHidIdleTime, List.of(), output -> false);
		return mac.idleTime().isPresent() ? Optional.of(mac) : Optional.empty();
	}

	@Override
	public Optional<Duration> idleTime() {
		return run(idleCommand).flatMap(readIdle);
	}

	@Override
	public boolean isLocked() {
		return !lockCommand.isEmpty() && run(lockCommand).map(readLocked::test).orElse(false);
	}

	@Override
	public String describe() {
		return description;
	}

	private static Optional<String> run(List<String> command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			if (!process.waitFor(ANSWER_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return Optional.empty();
			}
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			return process.exitValue() == 0 ? Optional.of(output) : Optional.empty();
		} catch (IOException e) {
			return Optional.empty();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}
}
