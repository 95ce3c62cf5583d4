package dev.tact.ui.internal;

import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;

import dev.tact.ui.internal.notifications.PopupPresenter;
import dev.tact.ui.internal.notifications.SoundPresenter;
import dev.tact.ui.internal.preferences.PreferenceBinding;
import dev.tact.ui.internal.runtime.AccountProvisioning;
import dev.tact.ui.internal.runtime.SecureCredentialStore;
import dev.tact.ui.internal.runtime.TactRuntime;
import dev.tact.ui.internal.trust.CertificateTrustPrompt;

/**
 * Brings Tact up with the workbench: preferences applied, popups and sounds wired to the alert policy, the account
 * signed in when the user asked for it, and everything signed out when the workbench closes.
 */
public final class TactStartup implements IStartup {

	private static volatile PopupPresenter popups;

	@Override
	public void earlyStartup() {
		start();
	}

	/** Idempotent; tests call it to get the same wiring as a real start. */
	public static synchronized void start() {
		if (popups != null) {
			return;
		}
		TactRuntime runtime = TactRuntime.get();
		new PreferenceBinding(runtime.client()).start();
		popups = new PopupPresenter(runtime);
		runtime.notifications().add(popups);
		runtime.notifications().add(new SoundPresenter());
		runtime.client().addStatusListener(new CertificateTrustPrompt(runtime));
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.addWorkbenchListener(new IWorkbenchListener() {
			@Override
			public boolean preShutdown(IWorkbench closing, boolean forced) {
				return true;
			}

			@Override
			public void postShutdown(IWorkbench closing) {
				TactRuntime.shutdown();
			}
		});
		AccountProvisioning.applyFromSystemProperty(new SecureCredentialStore());
		runtime.account().signInIfWanted();
	}
}
