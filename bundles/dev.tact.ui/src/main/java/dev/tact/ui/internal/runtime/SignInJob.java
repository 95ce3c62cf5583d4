package dev.tact.ui.internal.runtime;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import dev.tact.core.port.AccountPorts;
import dev.tact.core.port.AccountSettings;
import dev.tact.core.port.CredentialStore;
import dev.tact.core.port.MessagingBackend;

/**
 * Signs in off the UI thread, with progress: opens the account through the XMPP backend, wires it to the client
 * and connects. A failure is reported through the connection status (shown in the Contacts view and the status
 * bar), never as a stack trace. A job overtaken by a newer sign-in or a sign-out closes what it opened.
 */
final class SignInJob extends Job {

	/** The family of signing in and out, so tests and shutdown can join them. */
	static final Object FAMILY = SignInJob.class;
	private static final long CONNECT_TIMEOUT_SECONDS = 45;

	private final SignInGeneration generation;
	private final MessagingBackend backend;
	private final AccountSettings settings;
	private final CredentialStore credentials;
	private final AccountConnection owner;

	SignInJob(AccountConnection owner, SignInGeneration generation, MessagingBackend backend, AccountSettings settings,
			CredentialStore credentials) {
		super("Signing in to Tact as " + settings.account());
		this.owner = owner;
		this.generation = generation;
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
		if (generation.ended().isDone()) {
			return Status.CANCEL_STATUS; // the user signed in again, or out, before this job's turn came
		}
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		AccountPorts ports = backend.open(settings, credentials, AccountPreferences.load().trustedCertificates());
		if (!owner.adopt(generation, settings, ports)) {
			ports.close();
			monitor.done();
			return Status.CANCEL_STATUS;
		}
		try {
			// Stops waiting when the user signs in again or out meanwhile; the sign-out job closes the connection.
			CompletableFuture.anyOf(ports.connection().connect(settings), generation.ended())
					.get(CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
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
