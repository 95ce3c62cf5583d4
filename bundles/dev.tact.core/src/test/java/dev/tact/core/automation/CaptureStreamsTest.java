package dev.tact.core.automation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.tact.core.port.MicrophoneUse;

/**
 * Over listings recorded from a real PulseAudio 16.1 (a null source "mic" and a null sink "speakers"), with three
 * parecord streams: #0 records the mic as a "Peak detect" meter, #1 records the mic, #2 records the speakers' monitor.
 */
class CaptureStreamsTest {

	private static final long OTHER_PID = 1;
	private final String outputs = resource("pactl-source-outputs.txt");
	private final String sources = resource("pactl-short-sources.txt");

	@Test
	void aRecordingOfTheMicrophoneIsACallNamedByItsApplication() {
		assertEquals(MicrophoneUse.by("parecord"), CaptureStreams.use(outputs, sources, OTHER_PID));
	}

	@Test
	void recordingTheDesktopsSoundAndAPeakMeterAreNoCall() {
		assertEquals(MicrophoneUse.FREE, CaptureStreams.use(without(outputs, 1), sources, OTHER_PID));
	}

	@Test
	void aCorkedStreamIsNoCall() {
		String corked = outputs.replaceFirst("(?s)(Source Output #1.*?)Corked: no", "$1Corked: yes");
		assertEquals(MicrophoneUse.FREE, CaptureStreams.use(without(without(corked, 0), 2), sources, OTHER_PID));
	}

	@Test
	void tactsOwnProcessIsNoCall() {
		assertEquals(MicrophoneUse.FREE, CaptureStreams.use(outputs, sources, 8082));
	}

	@Test
	void aMeterMarkedByThePeaksResamplerIsNoCallWhateverItsName() {
		// pavucontrol's and GNOME's level meters are PA_STREAM_PEAK_DETECT streams, listed with the "peaks" resampler
		String meter = outputs.replaceFirst("(?s)(Source Output #1.*?)Resample method: n/a", "$1Resample method: peaks");
		assertEquals(MicrophoneUse.FREE, CaptureStreams.use(meter, sources, OTHER_PID));
	}

	@Test
	void noStreamsNoServerAndGarbageAreNoCall() {
		assertEquals(MicrophoneUse.FREE, CaptureStreams.use("", sources, OTHER_PID));
		assertEquals(MicrophoneUse.FREE, CaptureStreams.use(null, null, OTHER_PID));
		assertEquals(MicrophoneUse.FREE, CaptureStreams.use("Connection failure: Connection refused", "", OTHER_PID));
	}

	@Test
	void aStreamWithoutAnApplicationNameIsNamedByItsProgram() {
		String unnamed = without(without(outputs, 0), 2).replaceFirst("application.name = \"parecord\"\\R", "");
		assertEquals(MicrophoneUse.by("pacat"), CaptureStreams.use(unnamed, sources, OTHER_PID));
	}

	/** The listing without its stream #{@code index}. */
	private static String without(String listing, int index) {
		return listing.replaceFirst("(?s)Source Output #" + index + "\\R.*?(?=Source Output #|\\z)", "");
	}

	private static String resource(String name) {
		try (InputStream in = CaptureStreamsTest.class.getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
