package dev.tact.core.automation;

import java.util.List;
import java.util.Locale;

import dev.tact.core.port.MicrophoneUse;

/**
 * Tells a call from Windows' record of microphone use, so the registry glue stays a read and the judgement is tested
 * here. Windows keeps one key per application under
 * {@code HKCU\Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager\ConsentStore\microphone} (Store apps,
 * named by package family, "Microsoft.SkypeApp_kzf8qxf38zg5c") and its {@code NonPackaged} subkey (desktop programs,
 * named by path with '#' for '\', "C:#Program Files#Zoom#bin#Zoom.exe"), each with {@code LastUsedTimeStart} and
 * {@code LastUsedTimeStop} as FILETIMEs. An application is capturing while it has started and its stop is 0.
 */
public final class MicrophoneConsentStore {

	/** One application's key: its name as the registry has it, and its two FILETIME values (0 when absent). */
	public record Entry(String key, long lastUsedTimeStart, long lastUsedTimeStop) {
	}

	private MicrophoneConsentStore() {
	}

	/** The microphone use these entries show, ignoring the program at {@code ownExecutable} (Tact's own IDE). */
	public static MicrophoneUse use(List<Entry> entries, String ownExecutable) {
		String own = registryName(ownExecutable);
		for (Entry entry : entries) {
			boolean capturing = entry.lastUsedTimeStart() != 0 && entry.lastUsedTimeStop() == 0;
			if (capturing && !entry.key().equalsIgnoreCase(own)) {
				return MicrophoneUse.by(applicationName(entry.key()));
			}
		}
		return MicrophoneUse.FREE;
	}

	/** "C:#Program Files#Zoom#bin#Zoom.exe" is "Zoom"; "Microsoft.SkypeApp_kzf8qxf38zg5c" is "Microsoft.SkypeApp". */
	static String applicationName(String key) {
		String name = key.substring(key.lastIndexOf('#') + 1);
		if (name.toLowerCase(Locale.ROOT).endsWith(".exe")) {
			return name.substring(0, name.length() - 4);
		}
		int family = name.lastIndexOf('_');
		return family > 0 && key.indexOf('#') < 0 ? name.substring(0, family) : name;
	}

	/** A program's path as the consent store names its key: '\' becomes '#'. */
	static String registryName(String executable) {
		return executable == null ? "" : executable.replace('\\', '#');
	}
}
