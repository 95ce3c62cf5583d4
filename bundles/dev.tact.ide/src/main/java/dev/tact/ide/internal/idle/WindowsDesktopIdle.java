package dev.tact.ide.internal.idle;

import java.time.Duration;
import java.util.Optional;

import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.User32;
import com.sun.jna.platform.win32.WinUser;

import dev.tact.core.automation.IdleReadings;
import dev.tact.core.port.DesktopIdlePort;

/**
 * Windows' session idle time: {@code GetLastInputInfo} against {@code GetTickCount}. The screen lock is not read
 * (it needs a session notification window). Untested on a real Windows system; the arithmetic is tested in core.
 */
final class WindowsDesktopIdle implements DesktopIdlePort {

	static Optional<DesktopIdlePort> open() {
		try {
			WindowsDesktopIdle windows = new WindowsDesktopIdle();
			return windows.idleTime().isPresent() ? Optional.of(windows) : Optional.empty();
		} catch (UnsatisfiedLinkError | RuntimeException e) {
			return Optional.empty();
		}
	}

	@Override
	public Optional<Duration> idleTime() {
		WinUser.LASTINPUTINFO info = new WinUser.LASTINPUTINFO();
		if (!User32.INSTANCE.GetLastInputInfo(info)) {
			return Optional.empty();
		}
		return Optional.of(IdleReadings.windowsIdleTime(Kernel32.INSTANCE.GetTickCount(), info.dwTime));
	}

	@Override
	public boolean isLocked() {
		return false;
	}

	@Override
	public String describe() {
		return "Windows last input time";
	}
}
