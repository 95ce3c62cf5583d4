package dev.tact.ui.internal.preferences;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import dev.tact.core.port.AccountPorts;
import dev.tact.core.port.AccountSettings;
import dev.tact.core.port.ConnectionStatus;
import dev.tact.core.port.CredentialStore;
import dev.tact.core.port.MemoryCredentialStore;
import dev.tact.core.port.MessagingBackend;
import dev.tact.ui.internal.runtime.AccountPreferences;
import dev.tact.ui.internal.runtime.TactRuntime;

/** Signs in once with the settings being edited, in a Job, and reports the outcome as one sentence. */
final class ConnectionTest {

	private ConnectionTest() {
	}

	static void run(AccountSettings settings, char[] typedPassword, Consumer<String> result) {
		Display display = Display.getCurrent();
		Job job = Job.create("Testing the Tact connection to " + settings.account(), (IProgressMonitor monitor) -> {
			String outcome = test(settings, typedPassword);
			display.asyncExec(() -> result.accept(outcome));
			return Status.OK_STATUS;
		});
		job.schedule();
	}

	private static String test(AccountSettings settings, char[] typedPassword) {
		Optional<MessagingBackend> backend = TactRuntime.get().account().backend();
		if (backend.isEmpty()) {
			return "Tact's XMPP component is not running; reinstall Tact.";
		}
		CredentialStore credentials = typedPassword == null ? TactRuntime.get().account().credentials()
				: MemoryCredentialStore.of(settings.account(), typedPassword);
		try (AccountPorts ports = backend.get().open(settings, credentials,
				AccountPreferences.load().trustedCertificates())) {
			try {
				ports.connection().connect(settings).get(45, TimeUnit.SECONDS);
			} catch (ExecutionException | TimeoutException e) {
				// the status below says why
			}
			ConnectionStatus status = ports.connection().status();
			return status.isConnected() ? "Connected: the server accepted " + settings.account() + "."
					: "Could not connect: " + (status.reason().isEmpty() ? status.state().name().toLowerCase() : status.reason());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return "Cancelled.";
		} catch (RuntimeException e) {
			return "Could not connect: " + e.getMessage();
		}
	}

}
