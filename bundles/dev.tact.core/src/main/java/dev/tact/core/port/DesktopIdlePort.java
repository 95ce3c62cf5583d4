package dev.tact.core.port;

import java.time.Duration;
import java.util.Optional;

/**
 * The desktop's view of the person at the machine: how long since they last touched the keyboard or mouse anywhere
 * in their session (not just in the IDE), and whether the screen is locked. Each platform answers it its own way; a
 * desktop that cannot say returns empty, and Tact falls back to input inside the IDE's window.
 */
public interface DesktopIdlePort {

	/** A desktop that tells nothing. */
	DesktopIdlePort NONE = new DesktopIdlePort() {
		@Override
		public Optional<Duration> idleTime() {
			return Optional.empty();
		}

		@Override
		public boolean isLocked() {
			return false;
		}

		@Override
		public String describe() {
			return "input in the IDE only";
		}
	};

	/** How long the whole session has had no keyboard or mouse input, if the desktop says. Quick; never blocks long. */
	Optional<Duration> idleTime();

	/** Whether the screen is locked (or its screen saver on) right now; false when unknown. */
	boolean isLocked();

	/** Where the idle time comes from, for the user ("X11 screen saver extension"). */
	String describe();
}
