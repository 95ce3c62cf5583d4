package dev.tact.ui.internal.runtime;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.Job;
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
 */
public final class AccountConnection {

	private final TactClient client;
	private final CredentialStore credentials;
	private final ServiceTracker<MessagingBackend, MessagingBackend> backends;
	private final List<Consumer<ConnectionStatus>> problems = new CopyOnWriteArrayList<>();
	private volatile AccountPorts ports;

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
		signOut();
		new SignInJob(this, client, backend, settings, credentials).schedule();
	}

	/** What the IDE does at start: signs in if an account is set up and the user wants it signed in at start. */
	public void signInIfWanted() {
		AccountPreferences account = AccountPreferences.load();
		if (account.isConfigured() && account.signInOnStartup()) {
			signIn();
		}
	}

	/** Signs out and forgets the connection; the models keep their contents. */
	public void signOut() {
		AccountPorts current = ports;
		ports = null;
		client.detach();
		if (current != null) {
			current.close();
		}
	}


	/** Hears about problems found before any connection existed (no account, bad address, no backend). */
	public void addProblemListener(Consumer<ConnectionStatus> listener) {
		problems.add(listener);
	}

	public void removeProblemListener(Consumer<ConnectionStatus> listener) {
		problems.remove(listener);
	}

	void opened(AccountPorts newPorts) {
		ports = newPorts;
	}

	void dispose() {
		signOut();
		backends.close();
	}

	private void report(ConnectionStatus status) {
		problems.forEach(listener -> listener.accept(status));
	}
}
