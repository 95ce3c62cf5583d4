package dev.tact.ui.tests;

import static dev.tact.ui.tests.fixture.SignedInWorkbench.spinUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.internal.monitoring.EventLoopMonitorThread;
import org.eclipse.ui.internal.monitoring.MonitoringStartup;
import org.eclipse.ui.monitoring.PreferenceConstants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.tact.ui.tests.fixture.Ide;
import dev.tact.tests.harness.ProsodyServer;
import dev.tact.tests.harness.TestAccount;
import dev.tact.ui.internal.contacts.ContactsView;
import dev.tact.ui.internal.runtime.TactRuntime;
import dev.tact.ui.tests.fixture.FreezeRecorder;
import dev.tact.ui.tests.fixture.SignedInWorkbench;

/**
 * Signing in with a 10,000-contact roster, with the Contacts view open, under Eclipse's UI-freeze monitor. What is
 * deterministic is asserted: every contact reaches the view in coalesced batches (one per feed window at most), and
 * the collapsed Offline group builds no rows for its 10,000 people. The freeze figure is printed for
 * {@code releng/dev.tact.benchmarks/ui-freeze.sh} to report, never asserted.
 */
class ResponsivenessTest {

	private static final int CONTACTS = 10_000;
	private static EventLoopMonitorThread monitor;
	private static SignedInWorkbench workbench;

	@BeforeAll
	static void monitorTheUiThread() throws Exception {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(PreferenceConstants.PLUGIN_ID);
		node.putBoolean(PreferenceConstants.MONITORING_ENABLED, true);
		node.putInt(PreferenceConstants.LONG_EVENT_WARNING_THRESHOLD_MILLIS, 100);
		node.putInt(PreferenceConstants.LONG_EVENT_ERROR_THRESHOLD_MILLIS, 1000);
		node.putBoolean(PreferenceConstants.LOG_TO_ERROR_LOG, false);
		node.flush();
		monitor = MonitoringStartup.createAndStartMonitorThread();
	}

	@AfterAll
	static void stop() {
		if (workbench != null) {
			workbench.close();
		}
		if (monitor != null) {
			monitor.shutdown();
		}
	}

	@Test
	void tenThousandContactsArriveInCoalescedBatchesAndTheCollapsedOfflineGroupBuildsNoRows() throws Exception {
		Ide.page().showView(ContactsView.ID);
		FreezeRecorder.clear();
		long started = System.nanoTime();
		java.util.concurrent.atomic.AtomicInteger batches = new java.util.concurrent.atomic.AtomicInteger();
		java.util.function.Consumer<java.util.Set<dev.tact.core.address.BareJid>> counter = batch -> batches.incrementAndGet();
		TactRuntime.get().client().contacts().addBatchListener(counter);

		workbench = SignedInWorkbench.start(ResponsivenessTest::writeRoster);
		spinUntil("10,000 contacts in the model", () -> TactRuntime.get().client().contacts().contacts().size() == CONTACTS);
		ContactsView view = (ContactsView) Ide.page()
				.findView(ContactsView.ID);
		spinUntil("the view lists them", () -> java.util.Arrays.stream(view.viewer().getTree().getItems())
				.anyMatch(item -> item.getText().startsWith("Offline (" + CONTACTS + ")")));
		long loginMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
		TactRuntime.get().client().contacts().removeBatchListener(counter);
		org.eclipse.swt.widgets.TreeItem offline = java.util.Arrays.stream(view.viewer().getTree().getItems())
				.filter(item -> item.getText().startsWith("Offline (")).findFirst().orElseThrow();

		System.out.printf("10,000-contact login: %d ms to a listed roster; UI freezes over 100 ms: %d; longest: %d ms%n",
				loginMillis, FreezeRecorder.count(), FreezeRecorder.longestMillis());
		System.out.println("UI thread during the longest freeze:\n  " + FreezeRecorder.whereLongest(25));
		assertEquals(CONTACTS, TactRuntime.get().client().contacts().contacts().size());
		long windows = loginMillis / dev.tact.core.contacts.ContactChangeFeed.DEFAULT_WINDOW.toMillis() + 1;
		assertTrue(batches.get() <= windows, batches + " batches in " + windows + " feed windows");
		assertFalse(offline.getExpanded(), "offline people stay folded away");
		assertTrue(offline.getItemCount() <= 1, "no rows built for the collapsed group: " + offline.getItemCount());
	}

	/** Prosody's own roster file for the user: 10,000 contacts in two groups, as if added over years. */
	private static void writeRoster(ProsodyServer server, TestAccount me) throws Exception {
		StringBuilder lua = new StringBuilder("return {\n\t[false] = { [\"version\"] = 1; [\"pending\"] = {}; };\n");
		for (int i = 0; i < CONTACTS; i++) {
			String group = i % 2 == 0 ? "Platform" : "Product";
			lua.append(String.format("\t[\"c%05d@localhost\"] = { [\"subscription\"] = \"both\"; [\"name\"] = \"Colleague %05d\"; "
					+ "[\"groups\"] = { [\"%s\"] = true; }; };%n", i, i, group));
		}
		lua.append("};\n");
		String user = me.user().replaceAll("\\W", "").isEmpty() ? me.user() : encode(me.user());
		Path file = server.directory().resolve("data/localhost/roster/" + user + ".dat");
		Files.createDirectories(file.getParent());
		Files.writeString(file, lua, StandardCharsets.UTF_8);
	}

	/** Prosody's file-name encoding: every non-alphanumeric character as %xx. */
	private static String encode(String user) {
		StringBuilder out = new StringBuilder();
		for (char c : user.toCharArray()) {
			out.append(Character.isLetterOrDigit(c) ? String.valueOf(c) : String.format("%%%02x", (int) c));
		}
		return out.toString();
	}
}
