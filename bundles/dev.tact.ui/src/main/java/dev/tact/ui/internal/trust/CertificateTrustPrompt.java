package dev.tact.ui.internal.trust;

import java.time.Instant;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

import dev.tact.core.port.CertificateInfo;
import dev.tact.core.port.ConnectionState;
import dev.tact.core.port.ConnectionStatus;
import dev.tact.core.text.DisplayText;
import dev.tact.ui.internal.runtime.AccountPreferences;
import dev.tact.ui.internal.runtime.TactRuntime;

/**
 * When a sign-in the user asked for stops at a certificate nobody vouches for, shows what it is and asks whether to
 * trust it. Only an explicit choice pins it (Cancel is the default, so Enter trusts nothing) and signs in again.
 * A certificate that turns up on a reconnect never raises a dialog in the middle of the user's work: sign-in stops,
 * and the Contacts view offers "Review certificate…" ({@link #review}). A certificate other than the one trusted
 * before for this account gets its own warning.
 */
public final class CertificateTrustPrompt implements Consumer<ConnectionStatus> {

	static final String UNKNOWN_TITLE = "Unknown Server Certificate";
	static final String CHANGED_TITLE = "Server Certificate Changed";

	private final TactRuntime runtime;
	private volatile String asked = "";

	public CertificateTrustPrompt(TactRuntime runtime) {
		this.runtime = runtime;
	}

	@Override
	public void accept(ConnectionStatus status) {
		CertificateInfo certificate = status.untrustedCertificate();
		if (status.state() != ConnectionState.FAILED || certificate == null || certificate.whileSignedIn()
				|| certificate.sha256().equals(asked) || !PlatformUI.isWorkbenchRunning()) {
			return;
		}
		asked = certificate.sha256();
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> {
			review(display.getActiveShell(), certificate);
			asked = "";
		});
	}

	/** Shows {@code certificate} and, if the user trusts it, pins it and signs in again. */
	public void review(Shell shell, CertificateInfo certificate) {
		boolean changed = !AccountPreferences.load().trustedCertificates().isEmpty();
		if (question(shell, certificate, changed)) {
			AccountPreferences.trust(certificate.sha256());
			runtime.account().signIn();
		}
	}

	private static boolean question(Shell shell, CertificateInfo certificate, boolean changed) {
		String intro = changed
				? "The server now shows a different certificate from the one you trusted before for this account. "
						+ "That happens when its administrator replaced it, and also when someone is between you and "
						+ "your server. Ask your administrator before trusting it.\n\n"
				: "The server presented a certificate that is not trusted by this computer.\n\n";
		String details = "Issued to: " + shown(certificate.subject()) + "\nIssued by: " + shown(certificate.issuer())
				+ "\nFor: " + (certificate.names().isEmpty() ? "(no host names)" : shown(String.join(", ", certificate.names())))
				+ "\nValidity: " + certificate.validity() + "\nWhy it was refused: "
				+ certificate.whyRefused(Instant.now()) + "\n\nSHA-256 fingerprint:\n" + certificate.colonSeparated()
				+ "\n\nTrust it only if this fingerprint matches what your server's administrator published. "
				+ "Tact will remember it for this account.";
		String trust = changed ? "Trust the &New Certificate" : "&Trust and Connect";
		int cancelIsTheDefault = 1;
		MessageDialog dialog = new MessageDialog(shell, changed ? CHANGED_TITLE : UNKNOWN_TITLE, null, intro + details,
				MessageDialog.WARNING, cancelIsTheDefault, trust, "&Cancel");
		return dialog.open() == 0;
	}

	/** The certificate is written by whoever runs the server, which may be anyone. */
	private static String shown(String text) {
		return DisplayText.line(text, 300);
	}
}
