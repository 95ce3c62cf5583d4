package dev.tact.ui.internal.runtime;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import dev.tact.core.port.AccountPorts;

/**
 * Closes a signed-out account's connection off the UI thread: saying goodbye to the server (unavailable presence)
 * can take seconds on a slow link, and the user has already moved on.
 */
final class SignOutJob extends Job {

	private final AccountPorts ports;

	SignOutJob(AccountPorts ports) {
		super("Signing out of Tact");
		this.ports = ports;
		setSystem(false);
		setUser(false);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == SignInJob.FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		try {
			ports.close();
		} finally {
			monitor.done();
		}
		return Status.OK_STATUS;
	}
}
