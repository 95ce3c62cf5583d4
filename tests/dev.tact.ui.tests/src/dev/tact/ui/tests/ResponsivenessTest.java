package dev.tact.ui.tests;

import static dev.tact.ui.tests.fixture.SignedInWorkbench.spinUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.internal.monitoring.EventLoopMonitorThread;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.tact.core.address.BareJid;
import dev.tact.core.contacts.ContactChangeFeed;
import dev.tact.tests.harness.ProsodyServer;
import dev.tact.tests.harness.TestAccount;
import dev.tact.ui.internal.contacts.ContactsView;
import dev.tact.ui.internal.runtime.TactRuntime;
import dev.tact.ui.tests.fixture.DisplayLoop;
import dev.tact.ui.tests.fixture.FreezeRecorder;
import dev.tact.ui.tests.fixture.Ide;
import dev.tact.ui.tests.fixture.SignedInWorkbench;

/**
 * Signing in with a 10,000-contact roster, with the Contacts view open, under Eclipse's UI-freeze monitor. What is
 * deterministic is asserted: every contact reaches the view in coalesced batches (one per feed window at most), and
 * the collapsed Offline group builds no rows for its 10,000 people. The freeze figures (and an idle baseline) are
 * printed for {@code releng/dev.tact.benchmarks/ui-freeze.sh} to report, never asserted.
 */
class ResponsivenessTest {

	private static final int CONTACTS = 10_000;
	private static final Duration BASELINE = Duration.ofSeconds(3);
	private static EventLoopMonitorThread monitor;
	private static SignedInWorkbench workbench;

	@BeforeAll
	static void monitorTheUiThread() throws Exception {
		monitor = FreezeRecorder.startMonitor();
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
		// The same-run baseline for the benchmark: the workbench with the view open, idle for a while, no sign-in.
		FreezeRecorder.clear();
		DisplayLoop.idleFor(BASELINE);
		System.out.printf("baseline, idle workbench for %d ms: UI freezes over 100 ms: %d; longest: %d ms%n",
				BASELINE.toMillis(), FreezeRecorder.count(), FreezeRecorder.longestMillis());
		FreezeRecorder.clear();
		long started = System.nanoTime();
		AtomicInteger batches = new AtomicInteger();
		Consumer<Set<BareJid>> counter = batch -> batches.incrementAndGet();
		TactRuntime.get().client().contacts().addBatchListener(counter);

		workbench = SignedInWorkbench.start(ResponsivenessTest::writeRoster);
		spinUntil("10,000 contacts in the model", () -> TactRuntime.get().client().contacts().contacts().size() == CONTACTS);
		ContactsView view = (ContactsView) Ide.page().findView(ContactsView.ID);
		spinUntil("the view lists them", () -> Arrays.stream(view.viewer().getTree().getItems())
				.anyMatch(item -> item.getText().startsWith("Offline (" + CONTACTS + ")")));
		long loginMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
		TactRuntime.get().client().contacts().removeBatchListener(counter);
		TreeItem offline = Arrays.stream(view.viewer().getTree().getItems())
				.filter(item -> item.getText().startsWith("Offline (")).findFirst().orElseThrow();

		System.out.printf("10,000-contact login: %d ms to a listed roster; UI freezes over 100 ms: %d; longest: %d ms%n",
				loginMillis, FreezeRecorder.count(), FreezeRecorder.longestMillis());
		System.out.println("UI thread during the longest freeze:\n  " + FreezeRecorder.whereLongest(25));
		assertEquals(CONTACTS, TactRuntime.get().client().contacts().contacts().size());
		long windows = loginMillis / ContactChangeFeed.DEFAULT_WINDOW.toMillis() + 1;
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
