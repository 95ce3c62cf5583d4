package dev.tact.core.automation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Idle times as desktops report them (recorded output; these platforms are not proven on real systems here). */
class IdleReadingsTest {

	@Test
	void gnomeIdleMonitorReplies() {
		assertEquals(Optional.of(Duration.ofMillis(754321)), IdleReadings.gnomeIdleTime("(uint64 754321,)\n"));
		assertEquals(Optional.empty(), IdleReadings.gnomeIdleTime("Error: GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown"));
		assertTrue(IdleReadings.gdbusTrue("(true,)"));
		assertFalse(IdleReadings.gdbusTrue("(false,)"));
		assertFalse(IdleReadings.gdbusTrue(""));
	}

	@Test
	void macHidSystemIdleTime() {
		String ioreg = """
				+-o IOHIDSystem  <class IOHIDSystem, id 0x100000471, registered, matched, active, busy 0 (0 ms), retain 20>
				    {
				      "HIDIdleTimeDelta" = 0
				      "HIDIdleTime" = 185012345678
				      "HIDParameters" = {"HIDClickTime"=500000000}
				    }
				""";
		assertEquals(Optional.of(Duration.ofNanos(185012345678L)), IdleReadings.macHidIdleTime(ioreg));
		assertEquals(Optional.empty(), IdleReadings.macHidIdleTime("nothing here"));
	}

	@Test
	void windowsTickCountsWrapEvery49Days() {
		assertEquals(Duration.ofSeconds(90), IdleReadings.windowsIdleTime(1_090_000, 1_000_000));
		int justAfterWrap = 5_000;
		int justBeforeWrap = (int) 0xFFFF_F000L;
		assertEquals(Duration.ofMillis(5_000 + 0x1000), IdleReadings.windowsIdleTime(justAfterWrap, justBeforeWrap));
	}
}
