package dev.tact.ui.internal.trust;

import java.util.function.Consumer;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

import dev.tact.core.port.CertificateInfo;
import dev.tact.core.port.ConnectionState;
import dev.tact.core.port.ConnectionStatus;
import dev.tact.ui.internal.runtime.AccountPreferences;
import dev.tact.ui.internal.runtime.TactRuntime;

/**
 * When sign-in stops at a certificate nobody vouches for, shows its fingerprint and subject and asks whether to
 * trust it. Only an explicit yes pins it (in the preferences) and signs in again; nothing is trusted silently.
 */
public final class CertificateTrustPrompt implements Consumer<ConnectionStatus> {

	private final TactRuntime runtime;
	private volatile String asked = "";

	public CertificateTrustPrompt(TactRuntime runtime) {
		this.runtime = runtime;
	}

	@Override
	public void accept(ConnectionStatus status) {
		CertificateInfo certificate = status.untrustedCertificate();
		if (status.state() != ConnectionState.FAILED || certificate == null || certificate.sha256().equals(asked)
				|| !PlatformUI.isWorkbenchRunning()) {
			return;
		}
		asked = certificate.sha256();
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> ask(display.getActiveShell(), certificate));
	}

	private void ask(Shell shell, CertificateInfo certificate) {
		if (question(shell, certificate)) {
			AccountPreferences.trust(certificate.sha256());
			runtime.account().signIn();
		}
		asked = "";
	}

	static boolean question(Shell shell, CertificateInfo certificate) {
		return MessageDialog.open(MessageDialog.WARNING, shell, "Unknown Server Certificate",
				"The server presented a certificate that is not trusted by this computer:\n\n" + certificate.subject()
						+ "\n\nSHA-256 fingerprint:\n" + certificate.colonSeparated()
						+ "\n\nTrust it only if this fingerprint matches what your server's administrator published. "
						+ "Tact will remember it for this account.",
				0, "&Trust and Connect", "&Cancel") == 0;
	}
}
