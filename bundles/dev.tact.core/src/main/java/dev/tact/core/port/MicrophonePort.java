package dev.tact.core.port;

import java.util.function.Consumer;

/**
 * Whether another application is capturing from a microphone right now: the sign that the person is in a call. Each
 * platform answers it its own way (PulseAudio or PipeWire capture streams, Windows' microphone consent store); a
 * platform that cannot tell never reports a use.
 */
public interface MicrophonePort {

	/** A platform that tells nothing. */
	MicrophonePort NONE = new MicrophonePort() {
		@Override
		public void watch(Consumer<MicrophoneUse> listener) {
			// nothing to watch: never in a call
		}

		@Override
		public void close() {
			// nothing started
		}

		@Override
		public String describe() {
			return "no microphone information on this system";
		}
	};

	/**
	 * Starts following the microphone: {@code listener} hears the current use once it is known and then every change,
	 * on the port's own thread, never on the UI thread. Call once.
	 */
	void watch(Consumer<MicrophoneUse> listener);

	/** Stops following and ends whatever the port started (processes, timers). */
	void close();

	/** Where the information comes from, for the log and the user ("PulseAudio capture streams"). */
	String describe();
}
