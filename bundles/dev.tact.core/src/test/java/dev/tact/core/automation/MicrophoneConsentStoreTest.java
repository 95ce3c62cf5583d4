package dev.tact.core.automation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tact.core.automation.MicrophoneConsentStore.Entry;
import dev.tact.core.port.MicrophoneUse;

/** Over consent-store entries as Windows 10 and 11 keep them (FILETIMEs, 100 ns since 1601). */
class MicrophoneConsentStoreTest {

	private static final long MORNING = 134_093_880_000_000_000L;
	private static final long NOON = 134_094_096_000_000_000L;
	private static final String ECLIPSE = "C:\\Users\\ann\\eclipse\\java-2025-12\\eclipse\\eclipse.exe";

	@Test
	void aDesktopProgramStillCapturingIsACallNamedWithoutItsPath() {
		List<Entry> entries = List.of(new Entry("Microsoft.WindowsSoundRecorder_8wekyb3d8bbwe", MORNING, NOON),
				new Entry("C:#Program Files#Zoom#bin#Zoom.exe", NOON, 0));
		assertEquals(MicrophoneUse.by("Zoom"), MicrophoneConsentStore.use(entries, ECLIPSE));
	}

	@Test
	void aStoreAppStillCapturingIsNamedByItsPackage() {
		List<Entry> entries = List.of(new Entry("Microsoft.SkypeApp_kzf8qxf38zg5c", NOON, 0));
		assertEquals(MicrophoneUse.by("Microsoft.SkypeApp"), MicrophoneConsentStore.use(entries, ECLIPSE));
	}

	@Test
	void applicationsThatStoppedOrNeverStartedAreNoCall() {
		List<Entry> entries = List.of(new Entry("C:#Program Files#Zoom#bin#Zoom.exe", MORNING, NOON),
				new Entry("C:#Windows#System32#Speech.exe", 0, 0));
		assertEquals(MicrophoneUse.FREE, MicrophoneConsentStore.use(entries, ECLIPSE));
	}

	@Test
	void theIdeItselfIsNoCall() {
		List<Entry> entries = List.of(new Entry("C:#Users#ann#eclipse#java-2025-12#eclipse#eclipse.exe", NOON, 0));
		assertEquals(MicrophoneUse.FREE, MicrophoneConsentStore.use(entries, ECLIPSE));
	}
}
