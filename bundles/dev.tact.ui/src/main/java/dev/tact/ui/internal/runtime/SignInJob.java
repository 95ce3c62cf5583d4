package dev.tact.ui.internal.runtime;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import dev.tact.core.client.TactClient;
import dev.tact.core.port.AccountPorts;
import dev.tact.core.port.AccountSettings;
import dev.tact.core.port.CredentialStore;
import dev.tact.core.port.MessagingBackend;

/**
 * Signs in off the UI thread, with progress: opens the account through the XMPP backend, wires it to the client
 * and connects. A failure is reported through the connection status (shown in the Contacts view and the status
 * bar), never as a stack trace.
 */
final class SignInJob extends Job {

	static final Object FAMILY = SignInJob.class;
	private static final long CONNECT_TIMEOUT_SECONDS = 45;

	private final TactClient client;
	private final MessagingBackend backend;
	private final AccountSettings settings;
	private final CredentialStore credentials;
	private final AccountConnection owner;

	SignInJob(AccountConnection owner, TactClient client, MessagingBackend backend, AccountSettings settings,
			CredentialStore credentials) {
		super("Signing in to Tact as " + settings.account());
		this.owner = owner;
		this.client = client;
		this.backend = backend;
		this.settings = settings;
		this.credentials = credentials;
		setSystem(false);
		setUser(false);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		AccountPorts ports = backend.open(settings, credentials, AccountPreferences.load().trustedCertificates());
		client.attach(settings.account(), ports);
		owner.opened(ports);
		try {
			ports.connection().connect(settings).get(CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
		} catch (ExecutionException | TimeoutException e) {
			// the port reports FAILED with a readable reason through the status listeners
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Status.CANCEL_STATUS;
		} finally {
			monitor.done();
		}
		return Status.OK_STATUS;
	}
}
