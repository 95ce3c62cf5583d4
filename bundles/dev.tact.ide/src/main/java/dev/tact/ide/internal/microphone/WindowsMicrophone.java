package dev.tact.ide.internal.microphone;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;

import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.WinReg;

import dev.tact.core.automation.MicrophoneConsentStore;
import dev.tact.core.automation.MicrophoneConsentStore.Entry;
import dev.tact.core.port.MicrophonePort;
import dev.tact.core.port.MicrophoneUse;

/**
 * Windows' own record of which application uses the microphone (the consent store behind the taskbar's microphone
 * icon), read every few seconds on its own daemon thread; {@link MicrophoneConsentStore} judges the entries.
 * Untested on a real Windows system: the judgement is tested in core over recorded entries.
 */
final class WindowsMicrophone implements MicrophonePort {

	private static final String STORE = "Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore\\microphone";
	private static final String DESKTOP_PROGRAMS = "NonPackaged";
	private static final long CHECK_SECONDS = 5;

	private final String ownExecutable = ProcessHandle.current().info().command().orElse("");
	private ScheduledExecutorService timer;
	private MicrophoneUse last;

	static Optional<MicrophonePort> open() {
		try {
			return Advapi32Util.registryKeyExists(WinReg.HKEY_CURRENT_USER, STORE) ? Optional.of(new WindowsMicrophone())
					: Optional.empty();
		} catch (UnsatisfiedLinkError | RuntimeException e) {
			return Optional.empty();
		}
	}

	@Override
	public synchronized void watch(Consumer<MicrophoneUse> listener) {
		timer = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "tact-microphone");
			thread.setDaemon(true);
			return thread;
		});
		timer.scheduleWithFixedDelay(() -> check(listener), 0, CHECK_SECONDS, TimeUnit.SECONDS);
	}

	@Override
	public synchronized void close() {
		if (timer != null) {
			timer.shutdownNow();
		}
	}

	@Override
	public String describe() {
		return "Windows microphone consent store";
	}

	private void check(Consumer<MicrophoneUse> listener) {
		try {
			MicrophoneUse now = MicrophoneConsentStore.use(entries(), ownExecutable);
			if (!now.equals(last)) {
				last = now;
				listener.accept(now);
			}
		} catch (RuntimeException e) {
			ILog.of(getClass()).warn("Cannot read the microphone's use from the registry: " + e.getMessage());
		}
	}

	private static List<Entry> entries() {
		List<Entry> entries = new ArrayList<>();
		for (String app : Advapi32Util.registryGetKeys(WinReg.HKEY_CURRENT_USER, STORE)) {
			if (!app.equals(DESKTOP_PROGRAMS)) {
				entries.add(entry(STORE + "\\" + app, app));
			}
		}
		String desktop = STORE + "\\" + DESKTOP_PROGRAMS;
		if (Advapi32Util.registryKeyExists(WinReg.HKEY_CURRENT_USER, desktop)) {
			for (String program : Advapi32Util.registryGetKeys(WinReg.HKEY_CURRENT_USER, desktop)) {
				entries.add(entry(desktop + "\\" + program, program));
			}
		}
		return entries;
	}

	private static Entry entry(String key, String name) {
		Map<String, Object> values = Advapi32Util.registryGetValues(WinReg.HKEY_CURRENT_USER, key);
		return new Entry(name, fileTime(values.get("LastUsedTimeStart")), fileTime(values.get("LastUsedTimeStop")));
	}

	private static long fileTime(Object value) {
		return value instanceof Number number ? number.longValue() : 0;
	}
}
