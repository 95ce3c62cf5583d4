package dev.tact.ui.tests;

import static dev.tact.ui.tests.fixture.SignedInWorkbench.spinUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.tact.core.address.BareJid;
import dev.tact.core.port.ConnectionStatus;
import dev.tact.tests.harness.ProsodyServer;
import dev.tact.tests.harness.TestAccount;
import dev.tact.ui.internal.TactStartup;
import dev.tact.ui.internal.contacts.ContactsView;
import dev.tact.ui.internal.preferences.AccountPreferencePage;
import dev.tact.ui.internal.runtime.AccountPreferences;
import dev.tact.ui.internal.runtime.TactRuntime;
import dev.tact.ui.tests.fixture.Dialogs;
import dev.tact.ui.tests.fixture.DisplayLoop;
import dev.tact.ui.tests.fixture.Ide;
import dev.tact.ui.tests.fixture.PreferencePages;
import dev.tact.ui.tests.fixture.Widgets;

/**
 * Signing in to a server whose certificate nobody vouches for, in the real workbench against a real Prosody with a
 * self-signed certificate: the dialog shows what the certificate is and why it was refused, Enter (the default
 * button) trusts nothing, the Contacts view offers to review it again, and only "Trust and Connect" pins it. A
 * certificate other than the one trusted before gets its own warning.
 */
class CertificateTrustTest {

	private static ProsodyServer server;
	private static TestAccount me;

	@BeforeAll
	static void serverWithACertificateNobodyVouchesFor() throws Exception {
		server = ProsodyServer.start();
		me = server.newAccount("me");
		TactRuntime.get().account().credentials().save(BareJid.parse(me.jid()), me.password().toCharArray());
		TactStartup.start();
	}

	@AfterAll
	static void stop() throws Exception {
		TactRuntime.get().account().signOut();
		account(Set.of());
		server.close();
	}

	@Test
	void anUnknownCertificateIsExplainedEnterTrustsNothingAndOnlyTrustAndConnectPinsIt() throws Exception {
		account(Set.of());
		IViewPart view = Ide.page().showView(ContactsView.ID);
		List<String> seen = new ArrayList<>();
		Dialogs.whenOpens("Unknown Server Certificate", shell -> {
			seen.add(message(shell));
			seen.add(shell.getDefaultButton().getText());
			Widgets.click(shell, "Cancel");
		});

		TactRuntime.get().account().signIn();

		spinUntil("sign-in stops at the certificate", () -> status().untrustedCertificate() != null && seen.size() == 2);
		Dialogs.check();
		String text = seen.get(0);
		assertTrue(text.contains("Issued to: CN=localhost") && text.contains("Issued by: CN=localhost"), text);
		assertTrue(text.contains("For: localhost"), text);
		assertTrue(text.contains("Why it was refused: It is signed by itself"), text);
		assertTrue(text.contains(status().untrustedCertificate().colonSeparated()), text);
		assertEquals("&Cancel", seen.get(1), "Enter cancels: nothing is trusted by a stray key press");
		assertEquals(Set.of(), AccountPreferences.load().trustedCertificates(), "Cancel pins nothing");
		Link statusLine = Widgets.require(Ide.shell(), ContactsView.STATUS_KEY, Link.class);
		spinUntil("the Contacts view offers a review", () -> statusLine.getText().contains("<a>Review certificate"));

		Dialogs.whenOpens("Unknown Server Certificate", shell -> Widgets.click(shell, "Trust and Connect"));
		statusLine.notifyListeners(SWT.Selection, new Event());

		spinUntil("signed in", () -> status().isConnected());
		Dialogs.check();
		assertEquals(Set.of(server.certificateSha256()), AccountPreferences.load().trustedCertificates());
		Ide.page().hideView(view);
		TactRuntime.get().account().signOut();

		Shell preferences = PreferencePages.open(PreferencePages.ACCOUNT);
		org.eclipse.swt.widgets.List pins = Widgets.require(preferences, AccountPreferencePage.PIN_LIST_KEY,
				org.eclipse.swt.widgets.List.class);
		assertEquals(List.of(pins.getItem(0)), List.of(pins.getItems()));
		assertTrue(pins.getItem(0).endsWith("for " + me.jid() + " on " + server.host()), pins.getItem(0));
		pins.select(0);
		Widgets.click(preferences, "Remove");
		PreferencePages.applyAndClose(preferences);
		assertEquals(Set.of(), AccountPreferences.load().trustedCertificates(), "removed in Preferences, trusted no more");
	}

	@Test
	void aCertificateTrustedForAnotherAccountVouchesForNothingHere() throws Exception {
		account(Set.of("someone.else@localhost|" + server.host() + "|" + server.certificateSha256()));
		List<String> titles = new ArrayList<>();
		Dialogs.whenOpens("Unknown Server Certificate", shell -> {
			titles.add(shell.getText());
			Widgets.click(shell, "Cancel");
		});

		TactRuntime.get().account().signIn();

		spinUntil("asked, as for any unknown certificate", () -> titles.size() == 1);
		Dialogs.check();
		DisplayLoop.drain();
		TactRuntime.get().account().signOut();
	}

	@Test
	void aCertificateOtherThanTheOneTrustedBeforeGetsItsOwnWarning() throws Exception {
		account(Set.of("00".repeat(32))); // the one trusted before, which the server no longer shows
		List<String> seen = new ArrayList<>();
		Dialogs.whenOpens("Server Certificate Changed", shell -> {
			seen.add(message(shell));
			seen.add(shell.getDefaultButton().getText());
			Widgets.click(shell, "Cancel");
		});

		TactRuntime.get().account().signIn();

		spinUntil("the warning was answered", () -> seen.size() == 2);
		Dialogs.check();
		assertTrue(seen.get(0).contains("different certificate from the one you trusted before"), seen.get(0));
		assertEquals("&Cancel", seen.get(1));
		assertEquals(Set.of("00".repeat(32)), AccountPreferences.load().trustedCertificates(), "nothing new trusted");
		DisplayLoop.drain();
		TactRuntime.get().account().signOut();
	}

	@Test
	void aCertificateThatChangesWhileSignedInRaisesNoDialogAndTheContactsViewOffersAReview() throws Exception {
		account(Set.of(server.certificateSha256()));
		TactRuntime.get().account().signIn();
		spinUntil("signed in", () -> status().isConnected());
		IViewPart view = Ide.page().showView(ContactsView.ID);
		List<String> dialogs = closeAnyTrustDialog();

		server.replaceCertificate();

		spinUntil("the reconnect stops at the new certificate", () -> status().untrustedCertificate() != null
				&& status().untrustedCertificate().whileSignedIn());
		long moment = System.nanoTime() + Duration.ofSeconds(2).toNanos();
		DisplayLoop.until(Duration.ofSeconds(10), "a moment for a dialog that should not come",
				() -> System.nanoTime() - moment > 0);
		assertEquals(List.of(), dialogs, "no dialog in the middle of the user's work");
		Link statusLine = Widgets.require(Ide.shell(), ContactsView.STATUS_KEY, Link.class);
		spinUntil("the Contacts view offers a review", () -> statusLine.getText().contains("<a>Review certificate"));
		stopClosing[0] = true;

		List<String> seen = new ArrayList<>();
		Dialogs.whenOpens("Server Certificate Changed", shell -> {
			seen.add(shell.getText());
			Widgets.click(shell, "Cancel");
		});
		statusLine.notifyListeners(SWT.Selection, new Event());
		Dialogs.check();
		assertEquals(List.of("Server Certificate Changed"), seen, "reviewed on request, as a changed certificate");
		Ide.page().hideView(view);
		TactRuntime.get().account().signOut();
	}

	private final boolean[] stopClosing = { false };

	/** Closes (and records) any trust dialog that opens, so a wrong one cannot block the test; until told to stop. */
	private List<String> closeAnyTrustDialog() {
		List<String> opened = new ArrayList<>();
		Display display = Display.getCurrent();
		Runnable[] watch = new Runnable[1];
		watch[0] = () -> {
			if (stopClosing[0]) {
				return;
			}
			for (Shell shell : display.getShells()) {
				String title = shell.getText();
				if (shell.isVisible() && (title.equals("Unknown Server Certificate") || title.equals("Server Certificate Changed"))) {
					opened.add(title);
					shell.close();
				}
			}
			display.timerExec(50, watch[0]);
		};
		display.timerExec(50, watch[0]);
		return opened;
	}

	private static String message(Shell shell) {
		return String.join("\n", Widgets.all(shell, Label.class).stream().map(Label::getText).toList());
	}

	private static ConnectionStatus status() {
		return TactRuntime.get().client().connectionStatus();
	}

	private static void account(Set<String> pins) throws Exception {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(AccountPreferences.NODE);
		node.put(AccountPreferences.JID, me.jid());
		node.put(AccountPreferences.HOST, server.host());
		node.putInt(AccountPreferences.PORT, server.c2sPort());
		node.put(AccountPreferences.PINNED_CERTIFICATE, String.join(",", pins));
		node.flush();
	}
}
