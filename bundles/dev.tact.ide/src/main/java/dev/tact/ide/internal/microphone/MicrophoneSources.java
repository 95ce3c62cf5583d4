package dev.tact.ide.internal.microphone;

import java.util.Locale;

import dev.tact.core.port.MicrophonePort;

/** Finds how this system tells that another application uses the microphone: PulseAudio or PipeWire, Windows; else none. */
public final class MicrophoneSources {

	private MicrophoneSources() {
	}

	/**
	 * The best source this machine offers; {@link MicrophonePort#NONE} when none is there. macOS is not read yet
	 * (CoreAudio's "running somewhere" needs native bindings Tact does not have): there, calls are set by hand.
	 */
	public static MicrophonePort detect() {
		String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
		if (os.contains("win")) {
			return WindowsMicrophone.open().orElse(MicrophonePort.NONE);
		}
		if (os.contains("mac")) {
			return MicrophonePort.NONE;
		}
		return PulseAudioMicrophone.open().orElse(MicrophonePort.NONE);
	}
}
