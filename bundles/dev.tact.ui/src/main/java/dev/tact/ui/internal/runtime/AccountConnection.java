package dev.tact.ui.internal.runtime;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.tact.core.client.TactClient;
import dev.tact.core.port.AccountPorts;
import dev.tact.core.port.AccountSettings;
import dev.tact.core.port.ConnectionState;
import dev.tact.core.port.ConnectionStatus;
import dev.tact.core.port.CredentialStore;
import dev.tact.core.port.MessagingBackend;

/**
 * Signs the configured account in and out. The XMPP implementation is found as an OSGi service, so this bundle
 * depends only on core's ports.
 * <p>
 * Nothing here waits on the network on the caller's (often the UI) thread: signing in connects in a {@link SignInJob},
 * signing out unwires the account at once and closes its connection in a {@link SignOutJob}. Every sign-in and
 * sign-out starts a new {@link SignInGeneration}; a sign-in job whose generation has ended (the user signed in again,
 * or out, before it was connected) stops waiting, and its connection is closed, so no session is ever left running.
 * The jobs run one at a time, in the order asked: a connection is closed before the next one signs in, so an old
 * one can never push the new one out ("signed in elsewhere") with the same resource.
 */
public final class AccountConnection {

	/** The family of the sign-in and sign-out jobs, so tests and shutdown can join them. */
	public static final Object JOB_FAMILY = SignInJob.FAMILY;
	/** How long the IDE's shutdown gives the connection to say goodbye (unavailable presence) before it exits. */
	private static final long GOODBYE_MILLIS = 2_000;

	private final TactClient client;
	private final CredentialStore credentials;
	private final ServiceTracker<MessagingBackend, MessagingBackend> backends;
	private final List<Consumer<ConnectionStatus>> problems = new CopyOnWriteArrayList<>();
	private final ISchedulingRule oneAtATime = new OneAtATime();
	private AccountPorts ports;
	private SignInGeneration generation = new SignInGeneration();
	private SignOutJob closing;

	AccountConnection(TactClient client, CredentialStore credentials) {
		this.client = client;
		this.credentials = credentials;
		Bundle bundle = FrameworkUtil.getBundle(AccountConnection.class);
		this.backends = new ServiceTracker<>(bundle.getBundleContext(), MessagingBackend.class, null);
		backends.open();
	}

	/** The XMPP implementation, when its bundle is running. */
	public Optional<MessagingBackend> backend() {
		return Optional.ofNullable(backends.getService());
	}

	public CredentialStore credentials() {
		return credentials;
	}

	/** Signs in with the saved preferences, in a Job. Problems before connecting are reported at once. */
	public void signIn() {
		AccountPreferences preferences = AccountPreferences.load();
		if (!preferences.isConfigured()) {
			report(new ConnectionStatus(ConnectionState.FAILED, "No account yet. Set one up in Window > Preferences > Tact."));
			return;
		}
		AccountSettings settings;
		try {
			settings = preferences.toSettings();
		} catch (IllegalArgumentException e) {
			report(new ConnectionStatus(ConnectionState.FAILED, e.getMessage()));
			return;
		}
		MessagingBackend backend = backends.getService();
		if (backend == null) {
			report(new ConnectionStatus(ConnectionState.FAILED, "Tact's XMPP component is not running; reinstall Tact."));
			return;
		}
		SignInGeneration mine = signOutAndStartGeneration();
		SignInJob job = new SignInJob(this, mine, backend, settings, credentials);
		job.setRule(oneAtATime);
		job.schedule();
	}

	/** What the IDE does at start: signs in if an account is set up and the user wants it signed in at start. */
	public void signInIfWanted() {
		AccountPreferences account = AccountPreferences.load();
		if (account.isConfigured() && account.signInOnStartup()) {
			signIn();
		}
	}

	/** Signs out and forgets the connection; the models keep their contents. The connection closes in a Job. */
	public void signOut() {
		signOutAndStartGeneration();
	}

	private synchronized SignInGeneration signOutAndStartGeneration() {
		generation.end();
		generation = new SignInGeneration();
		if (ports != null) {
			closing = new SignOutJob(ports);
			closing.setRule(oneAtATime);
			closing.schedule();
		}
		ports = null;
		client.detach();
		return generation;
	}

	/**
	 * A sign-in job has its account open: wires it to the client if no sign-in or sign-out came since, and says
	 * whether it did. Quick, so the UI thread never waits long for this lock.
	 */
	synchronized boolean adopt(SignInGeneration of, AccountSettings settings, AccountPorts opened) {
		if (of != generation) {
			return false;
		}
		ports = opened;
		client.attach(settings.account(), opened);
		return true;
	}

	/** Hears about problems found before any connection existed (no account, bad address, no backend). */
	public void addProblemListener(Consumer<ConnectionStatus> listener) {
		problems.add(listener);
	}

	public void removeProblemListener(Consumer<ConnectionStatus> listener) {
		problems.remove(listener);
	}

	/** The IDE is closing: signs out, giving the connection a moment to say goodbye, never more. */
	void dispose() {
		signOut();
		SignOutJob last;
		synchronized (this) {
			last = closing;
		}
		if (last != null) {
			try {
				last.join(GOODBYE_MILLIS, null);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		backends.close();
	}

	private void report(ConnectionStatus status) {
		problems.forEach(listener -> listener.accept(status));
	}

	/** Sign-in and sign-out jobs conflict with each other only. */
	private static final class OneAtATime implements ISchedulingRule {
		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule == this;
		}
	}
}
