package dev.tact.ui.tests;

import static dev.tact.ui.tests.fixture.SignedInWorkbench.spinUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tact.core.address.BareJid;
import dev.tact.core.client.TactClient;
import dev.tact.tests.harness.ProsodyServer;
import dev.tact.tests.harness.TestAccount;
import dev.tact.ui.internal.preferences.TactPreferences;
import dev.tact.ui.internal.presence.PresenceStatusControl;
import dev.tact.ui.internal.runtime.AccountPreferences;
import dev.tact.ui.internal.runtime.AccountProvisioning;
import dev.tact.ui.internal.runtime.SecureCredentialStore;
import dev.tact.ui.internal.runtime.TactRuntime;
import dev.tact.ui.tests.fixture.DisplayLoop;
import dev.tact.ui.tests.fixture.Ide;
import dev.tact.ui.tests.fixture.PreferencePages;
import dev.tact.ui.tests.fixture.SignedInWorkbench;
import dev.tact.ui.tests.fixture.Widgets;

/** Window &gt; Preferences &gt; Tact, the account page: what its fields and switches do to signing in. */
class AccountPageTest {

	private static SignedInWorkbench workbench;
	private static ProsodyServer plaintextServer;
	private static String savedJid;

	@BeforeAll
	static void signIn() throws Exception {
		workbench = SignedInWorkbench.start();
		savedJid = AccountPreferences.load().jid();
	}

	@AfterAll
	static void signOut() {
		if (plaintextServer != null) {
			plaintextServer.close();
		}
		workbench.close();
	}

	@AfterEach
	void backToTheTestAccount() throws Exception {
		IEclipsePreferences node = TactPreferences.node();
		node.put(AccountPreferences.JID, savedJid);
		node.put(AccountPreferences.HOST, workbench.server().host());
		node.putInt(AccountPreferences.PORT, workbench.server().c2sPort());
		node.putBoolean(AccountPreferences.ALLOW_PLAINTEXT, false);
		node.putBoolean(AccountPreferences.SIGN_IN_ON_STARTUP, true);
		node.put(AccountPreferences.PINNED_CERTIFICATE, workbench.server().certificateSha256());
		node.flush();
	}

	@Test
	void anAccountFileIsAppliedOnceAndGivesItsPasswordToSecureStorage(@TempDir Path folder) throws Exception {
		TestAccount other = workbench.server().newAccount("handed");
		Path file = folder.resolve("account.properties");
		Files.writeString(file, "jid=" + other.jid() + "\npassword=" + other.password() + "\nhost=" + workbench.server().host()
				+ "\nport=" + workbench.server().c2sPort() + "\npinnedCertificate=" + workbench.server().certificateSha256() + "\n",
				StandardCharsets.UTF_8);

		assertTrue(AccountProvisioning.applyFrom(file, new SecureCredentialStore()), "a new file is applied");

		String left = Files.readString(file, StandardCharsets.UTF_8);
		assertFalse(left.contains(other.password()) || left.contains("password="), "the password is gone from the file: " + left);
		Properties kept = new Properties();
		kept.load(new StringReader(left));
		assertEquals(other.jid(), kept.getProperty("jid"), "the other settings stay");
		assertEquals(other.password(), new String(new SecureCredentialStore().password(BareJid.parse(other.jid())).orElseThrow()));
		for (String key : TactPreferences.node().keys()) {
			assertFalse(TactPreferences.node().get(key, "").contains(other.password()), "no preference holds the password: " + key);
		}
		TactRuntime.get().account().signIn();
		spinUntil("signed in with the handed account", () -> connected() && statusTip().contains(other.jid() + ": connected"));

		PreferencePages.change(PreferencePages.ACCOUNT, "Sign in when the IDE starts", false);
		assertFalse(AccountProvisioning.applyFrom(file, new SecureCredentialStore()), "the same settings are not applied twice");
		assertFalse(TactPreferences.node().getBoolean(AccountPreferences.SIGN_IN_ON_STARTUP, true),
				"what the user changed in Preferences stays");
	}

	@Test
	void addressPasswordServerAndPortChooseTheAccountTactSignsInWith() throws Exception {
		TestAccount other = workbench.server().newAccount("other");
		Shell page = PreferencePages.open(PreferencePages.ACCOUNT);
		PreferencePages.type(page, "Address:", other.jid());
		PreferencePages.type(page, "Password:", other.password());
		PreferencePages.type(page, "Server:", workbench.server().host());
		PreferencePages.type(page, "Port:", String.valueOf(workbench.server().c2sPort()));
		PreferencePages.applyAndClose(page);

		TactRuntime.get().account().signIn();

		spinUntil("signed in as the other account", () -> connected() && statusTip().contains(other.jid() + ": connected"));
	}

	@Test
	void aServerWithoutEncryptionIsRefusedUnlessPlaintextIsAllowed() {
		plaintextServer = ProsodyServer.start(false);
		TestAccount local = plaintextServer.newAccount("local");
		Shell page = PreferencePages.open(PreferencePages.ACCOUNT);
		PreferencePages.type(page, "Address:", local.jid());
		PreferencePages.type(page, "Password:", local.password());
		PreferencePages.type(page, "Server:", plaintextServer.host());
		PreferencePages.type(page, "Port:", String.valueOf(plaintextServer.c2sPort()));
		PreferencePages.set(page, "Allow an unencrypted connection", false);
		Widgets.click(page, "Test Connection");
		spinUntil("refused without encryption", () -> labels(page).stream().anyMatch(t -> t.toLowerCase(Locale.ROOT)
				.contains("encrypt")));

		PreferencePages.set(page, "Allow an unencrypted connection", true);
		Widgets.click(page, "Test Connection");
		spinUntil("accepted once allowed", () -> labels(page).stream().anyMatch(t -> t.startsWith("Connected:")));
		Widgets.click(page, "Cancel");
	}

	@Test
	void signInWhenTheIdeStartsIsASwitch() throws Exception {
		PreferencePages.change(PreferencePages.ACCOUNT, "Sign in when the IDE starts", false);
		TactRuntime.get().account().signOut();
		TactRuntime.get().account().signInIfWanted(); // what the IDE does when it starts
		DisplayLoop.drain();
		assertFalse(connected(), "not signed in at start when the user said so");

		PreferencePages.change(PreferencePages.ACCOUNT, "Sign in when the IDE starts", true);
		TactRuntime.get().account().signInIfWanted();
		spinUntil("signed in at start", this::connected);
		assertTrue(connected());
	}

	private boolean connected() {
		TactClient client = TactRuntime.get().client();
		return client.connectionStatus().isConnected();
	}

	private static String statusTip() {
		CLabel label = Widgets.require(Ide.shell(), PresenceStatusControl.ID, CLabel.class);
		label.notifyListeners(SWT.MouseEnter, new Event());
		return label.getToolTipText() == null ? "" : label.getToolTipText();
	}

	private static List<String> labels(Shell shell) {
		return Widgets.all(shell, Label.class).stream().map(Label::getText).toList();
	}
}
