package dev.tact.ide.internal.idle;

import java.util.Locale;
import java.util.Optional;

import dev.tact.core.port.DesktopIdlePort;

/** Finds how this desktop tells idle time: X11's extension, GNOME on Wayland, Windows, macOS; else none. */
public final class DesktopIdleSources {

	private DesktopIdleSources() {
	}

	/** The best source this machine offers; {@link DesktopIdlePort#NONE} when none answers. */
	public static DesktopIdlePort detect() {
		String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
		Optional<DesktopIdlePort> found;
		if (os.contains("win")) {
			found = WindowsDesktopIdle.open();
		} else if (os.contains("mac")) {
			found = CommandDesktopIdle.mac();
		} else if (System.getenv("WAYLAND_DISPLAY") != null) {
			found = CommandDesktopIdle.gnome().or(X11DesktopIdle::open);
		} else {
			found = X11DesktopIdle.open().or(CommandDesktopIdle::gnome);
		}
		return found.orElse(DesktopIdlePort.NONE);
	}
}
