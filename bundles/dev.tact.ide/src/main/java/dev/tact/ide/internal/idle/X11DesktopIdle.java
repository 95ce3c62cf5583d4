package dev.tact.ide.internal.idle;

import java.time.Duration;
import java.util.Optional;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.ptr.IntByReference;

import dev.tact.core.port.DesktopIdlePort;

/**
 * Idle time and screen lock of an X11 session from the MIT-SCREEN-SAVER extension ({@code libXss}), through its own
 * connection to the display: the server counts input from every window, so time in a browser or a terminal is not
 * idle. The screen saver being on counts as locked (screen lockers raise it).
 */
final class X11DesktopIdle implements DesktopIdlePort {

	/** {@code ScreenSaverOn} in XScreenSaverInfo.state. */
	private static final int SCREEN_SAVER_ON = 1;

	/** The few libX11 calls needed. */
	interface Xlib extends Library {
		Pointer XOpenDisplay(String name);

		NativeLong XDefaultRootWindow(Pointer display);
	}

	/** libXss: the screen saver extension. */
	interface Xss extends Library {
		boolean XScreenSaverQueryExtension(Pointer display, IntByReference eventBase, IntByReference errorBase);

		int XScreenSaverQueryInfo(Pointer display, NativeLong drawable, Info info);
	}

	/** XScreenSaverInfo, as libXss fills it. */
	@Structure.FieldOrder({ "window", "state", "kind", "tilOrSince", "idle", "eventMask" })
	public static final class Info extends Structure {
		public NativeLong window;
		public int state;
		public int kind;
		public NativeLong tilOrSince;
		public NativeLong idle;
		public NativeLong eventMask;
	}

	private final Xss xss;
	private final Pointer display;
	private final NativeLong root;

	private X11DesktopIdle(Xss xss, Pointer display, NativeLong root) {
		this.xss = xss;
		this.display = display;
		this.root = root;
	}

	/** The session's X11 idle source, if {@code DISPLAY} names a server with the extension and libXss loads. */
	static Optional<DesktopIdlePort> open() {
		String name = System.getenv("DISPLAY");
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		try {
			Xlib xlib = Native.load("X11", Xlib.class);
			Xss xss = Native.load("Xss", Xss.class);
			Pointer display = xlib.XOpenDisplay(name);
			if (display == null || !xss.XScreenSaverQueryExtension(display, new IntByReference(), new IntByReference())) {
				return Optional.empty();
			}
			return Optional.of(new X11DesktopIdle(xss, display, xlib.XDefaultRootWindow(display)));
		} catch (UnsatisfiedLinkError | RuntimeException e) {
			return Optional.empty(); // no libX11 or libXss here
		}
	}

	@Override
	public synchronized Optional<Duration> idleTime() {
		Info info = query();
		return info == null ? Optional.empty() : Optional.of(Duration.ofMillis(info.idle.longValue()));
	}

	@Override
	public synchronized boolean isLocked() {
		Info info = query();
		return info != null && info.state == SCREEN_SAVER_ON;
	}

	@Override
	public String describe() {
		return "X11 screen saver extension";
	}

	// Xlib connections are not thread-safe: callers hold this object's lock.
	private Info query() {
		Info info = new Info();
		return xss.XScreenSaverQueryInfo(display, root, info) != 0 ? info : null;
	}
}
