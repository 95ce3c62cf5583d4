package dev.tact.core.port;

import java.util.Objects;

/**
 * Whether some other application captures from a microphone, and which one (as the system names it, "Zoom",
 * "firefox"), which Tact shows to others only when the user allows it.
 */
public record MicrophoneUse(boolean inUse, String application) {

	/** Nobody is capturing. */
	public static final MicrophoneUse FREE = new MicrophoneUse(false, "");

	public MicrophoneUse {
		Objects.requireNonNull(application, "application");
		application = application.strip();
	}

	/** In use by {@code application} (blank when unknown). */
	public static MicrophoneUse by(String application) {
		return new MicrophoneUse(true, application == null ? "" : application);
	}
}
