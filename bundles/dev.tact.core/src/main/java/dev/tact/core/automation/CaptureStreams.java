package dev.tact.core.automation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.tact.core.port.MicrophoneUse;

/**
 * Tells a call from what PulseAudio (or PipeWire through pipewire-pulse) prints about capture streams, so the platform
 * glue stays two commands and the judgement is tested here. A call is a capture stream that is not corked, records a
 * real source (not a sink's ".monitor", which is desktop-audio capture), is not a peak-detect meter (volume applets
 * keep one open all day; PulseAudio marks them with the "peaks" resampler) and is not Tact's own process.
 * <p>
 * Reads the output of {@code pactl list source-outputs} and {@code pactl list short sources}, run with
 * {@code LC_ALL=C} so the field names are English.
 */
public final class CaptureStreams {

	private CaptureStreams() {
	}

	/** The microphone use these listings show, ignoring streams of the process {@code ownPid}. */
	public static MicrophoneUse use(String sourceOutputs, String shortSources, long ownPid) {
		Set<String> monitors = monitorIndexes(shortSources);
		for (Stream stream : streams(sourceOutputs)) {
			if (stream.isCall(monitors, ownPid)) {
				return MicrophoneUse.by(stream.application());
			}
		}
		return MicrophoneUse.FREE;
	}

	/** The indexes of the sources that are monitors of a sink, from {@code pactl list short sources}. */
	static Set<String> monitorIndexes(String shortSources) {
		Set<String> monitors = new HashSet<>();
		for (String line : lines(shortSources)) {
			String[] columns = line.strip().split("\\s+");
			if (columns.length >= 2 && columns[1].endsWith(".monitor")) {
				monitors.add(columns[0]);
			}
		}
		return monitors;
	}

	static List<Stream> streams(String sourceOutputs) {
		List<Stream> streams = new ArrayList<>();
		Stream current = null;
		for (String line : lines(sourceOutputs)) {
			String text = line.strip();
			if (text.startsWith("Source Output #")) {
				current = new Stream();
				streams.add(current);
			} else if (current != null) {
				current.read(text);
			}
		}
		return streams;
	}

	private static String[] lines(String text) {
		return text == null ? new String[0] : text.split("\\R");
	}

	/** One capture stream, as far as the listing tells. */
	static final class Stream {
		private String source = "";
		private boolean corked;
		private String resampleMethod = "";
		private String mediaName = "";
		private String applicationName = "";
		private String binary = "";
		private long pid = -1;

		void read(String line) {
			if (line.startsWith("Source:")) {
				source = value(line, ':');
			} else if (line.startsWith("Corked:")) {
				corked = value(line, ':').equalsIgnoreCase("yes");
			} else if (line.startsWith("Resample method:")) {
				resampleMethod = value(line, ':');
			} else if (line.startsWith("media.name =")) {
				mediaName = quoted(line);
			} else if (line.startsWith("application.name =")) {
				applicationName = quoted(line);
			} else if (line.startsWith("application.process.binary =")) {
				binary = quoted(line);
			} else if (line.startsWith("application.process.id =")) {
				try {
					pid = Long.parseLong(quoted(line));
				} catch (NumberFormatException notANumber) {
					pid = -1;
				}
			}
		}

		boolean isCall(Set<String> monitors, long ownPid) {
			boolean meter = resampleMethod.equalsIgnoreCase("peaks")
					|| mediaName.toLowerCase(Locale.ROOT).contains("peak detect");
			return !corked && !meter && !monitors.contains(source) && pid != ownPid;
		}

		String application() {
			return !applicationName.isEmpty() ? applicationName : binary;
		}

		private static String value(String line, char separator) {
			return line.substring(line.indexOf(separator) + 1).strip();
		}

		private static String quoted(String line) {
			String value = value(line, '=');
			if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
				value = value.substring(1, value.length() - 1);
			}
			return value;
		}
	}
}
