package dev.tact.core.automation;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the idle times desktops report in their own forms, so the platform glue stays a call and the parsing is
 * tested here: GNOME's idle monitor over D-Bus, macOS's HID system in {@code ioreg}, and Windows' tick counts.
 */
public final class IdleReadings {

	private static final Pattern GDBUS_UINT64 = Pattern.compile("\\(uint64 (\\d+),\\)");
	private static final Pattern GDBUS_BOOLEAN = Pattern.compile("\\((true|false),\\)");
	private static final Pattern HID_IDLE = Pattern.compile("\"HIDIdleTime\" = (\\d+)");

	private IdleReadings() {
	}

	/** GNOME's {@code org.gnome.Mutter.IdleMonitor.GetIdletime} as gdbus prints it: "(uint64 12345,)" milliseconds. */
	public static Optional<Duration> gnomeIdleTime(String gdbusReply) {
		Matcher m = GDBUS_UINT64.matcher(gdbusReply == null ? "" : gdbusReply.strip());
		return m.matches() ? Optional.of(Duration.ofMillis(Long.parseLong(m.group(1)))) : Optional.empty();
	}

	/** A gdbus boolean reply, "(true,)" or "(false,)", as {@code org.gnome.ScreenSaver.GetActive} gives it. */
	public static boolean gdbusTrue(String gdbusReply) {
		Matcher m = GDBUS_BOOLEAN.matcher(gdbusReply == null ? "" : gdbusReply.strip());
		return m.matches() && m.group(1).equals("true");
	}

	/** macOS: the first {@code HIDIdleTime} (nanoseconds) in {@code ioreg -c IOHIDSystem -d 4} output. */
	public static Optional<Duration> macHidIdleTime(String ioregOutput) {
		Matcher m = HID_IDLE.matcher(ioregOutput == null ? "" : ioregOutput);
		return m.find() ? Optional.of(Duration.ofNanos(Long.parseLong(m.group(1)))) : Optional.empty();
	}

	/**
	 * Windows: {@code GetTickCount()} now and {@code GetLastInputInfo().dwTime}, both unsigned 32-bit milliseconds
	 * since boot that wrap every 49.7 days; the difference is taken modulo 2^32.
	 */
	public static Duration windowsIdleTime(int tickCountNow, int lastInputTick) {
		long elapsed = (Integer.toUnsignedLong(tickCountNow) - Integer.toUnsignedLong(lastInputTick)) & 0xFFFF_FFFFL;
		return Duration.ofMillis(elapsed);
	}
}
