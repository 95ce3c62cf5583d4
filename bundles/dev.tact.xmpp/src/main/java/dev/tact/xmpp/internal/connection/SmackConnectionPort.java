package dev.tact.xmpp.internal.connection;

import java.io.IOException;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.jivesoftware.smack.ConnectionListener;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.StreamError;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.ping.packet.Ping;

import dev.tact.core.address.BareJid;
import dev.tact.core.port.AccountSettings;
import dev.tact.core.port.ConnectionPort;
import dev.tact.core.port.ConnectionState;
import dev.tact.core.port.CertificateInfo;
import dev.tact.core.port.ConnectionStatus;
import dev.tact.core.port.CredentialStore;
import dev.tact.core.event.Registration;

/**
 * {@link ConnectionPort} over Smack: STARTTLS required unless plaintext was allowed for a loopback server,
 * certificates trusted by the JDK or pinned by the user, and reconnection with backoff and jitter after a drop
 * (resuming the stream where the server still can). All connection work runs on one worker thread, so connect,
 * disconnect and reconnect never overlap.
 */
public final class SmackConnectionPort implements ConnectionPort {

	/** How long the server may say nothing before it is pinged. */
	static final int SILENCE_SECONDS = 30;

	private static final Logger LOG = Logger.getLogger(SmackConnectionPort.class.getName());

	private final CredentialStore credentials;
	private final CertificatePins pins;
	private final ReconnectBackoff backoff;
	private final ScheduledExecutorService worker;
	private final List<ConnectionLifecycle> lifecycles = new CopyOnWriteArrayList<>();
	private final List<Consumer<ConnectionStatus>> statusListeners = new CopyOnWriteArrayList<>();
	private volatile ConnectionStatus status = ConnectionStatus.of(ConnectionState.DISCONNECTED);
	private volatile XMPPTCPConnection connection;
	private volatile ConnectFailure lastFailure;
	// Only touched on the worker thread.
	private ConnectionSettings settings;
	private AccountSettings signedInWith;
	private boolean startAfresh;
	private PinningTrustManager trust;
	private ScheduledFuture<?> pendingReconnect;
	private ScheduledFuture<?> silenceWatch;
	private volatile boolean pinging;
	private int attempt;
	private long generation;

	public SmackConnectionPort(CredentialStore credentials, CertificatePins pins, ReconnectBackoff backoff) {
		this.credentials = Objects.requireNonNull(credentials, "credentials");
		this.pins = Objects.requireNonNull(pins, "pins");
		this.backoff = Objects.requireNonNull(backoff, "backoff");
		this.worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "tact-xmpp-connection");
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Adds an adapter that follows the connection's life; add them all before the first {@link #connect}. */
	public void addLifecycle(ConnectionLifecycle lifecycle) {
		lifecycles.add(Objects.requireNonNull(lifecycle, "lifecycle"));
	}

	@Override
	public CompletableFuture<Void> connect(AccountSettings accountSettings) {
		Objects.requireNonNull(accountSettings, "accountSettings");
		CompletableFuture<Void> done = new CompletableFuture<>();
		worker.execute(() -> connectNow(accountSettings, done));
		return done;
	}

	@Override
	public CompletableFuture<Void> disconnect() {
		CompletableFuture<Void> done = new CompletableFuture<>();
		worker.execute(() -> {
			closeCurrent();
			setStatus(ConnectionStatus.of(ConnectionState.DISCONNECTED));
			done.complete(null);
		});
		return done;
	}

	@Override
	public ConnectionStatus status() {
		return status;
	}

	@Override
	public Registration addStatusListener(Consumer<ConnectionStatus> listener) {
		statusListeners.add(Objects.requireNonNull(listener, "listener"));
		return () -> statusListeners.remove(listener);
	}

	/** Why the last attempt failed (with the certificate to show, if that was it), or empty. */
	public Optional<ConnectFailure> lastFailure() {
		return Optional.ofNullable(lastFailure);
	}

	/** The live Smack connection, for the adapters of this bundle; empty when not logged in. */
	public Optional<XMPPTCPConnection> connection() {
		XMPPTCPConnection current = connection;
		return current != null && current.isAuthenticated() ? Optional.of(current) : Optional.empty();
	}

	/** Stops everything; the port cannot be used afterwards. */
	public void shutdown() {
		disconnect().orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
		worker.shutdownNow();
	}

	private void connectNow(AccountSettings accountSettings, CompletableFuture<Void> done) {
		closeCurrent();
		setStatus(ConnectionStatus.of(ConnectionState.CONNECTING));
		try {
			XMPPTCPConnection created = open(accountSettings);
			created.connect();
			created.login();
			attempt = 0;
			lastFailure = null;
			// Per-login parts first, so that whoever reacts to "connected" finds them rebuilt.
			notifyLoggedIn(created, false);
			setStatus(ConnectionStatus.of(ConnectionState.CONNECTED));
			done.complete(null);
		} catch (ConnectFailure failure) {
			fail(failure, done, false);
		} catch (Exception e) {
			if (e instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			fail(ConnectFailureTranslator.translate(e, settings, trust), done, false);
		}
	}

	/** A new Smack connection for {@code accountSettings}, watched and handed to the adapters; not yet connected. */
	private XMPPTCPConnection open(AccountSettings accountSettings) throws ConnectFailure {
		signedInWith = accountSettings;
		startAfresh = false;
		settings = toConnectionSettings(accountSettings);
		char[] password = credentials.password(accountSettings.account()).orElseThrow(
				() -> new ConnectFailure(ConnectFailure.Kind.BAD_CREDENTIALS,
						"No password is saved for " + accountSettings.account() + ".", null));
		String secret = new String(password);
		Arrays.fill(password, '\0');
		trust = new PinningTrustManager(pins.pinned(accountSettings.account()));
		XMPPTCPConnection created = SmackConnectionFactory.create(settings, secret, trust);
		long myGeneration = ++generation;
		created.addConnectionListener(new DropWatcher(created, myGeneration));
		watchForSilence(created, myGeneration);
		lifecycles.forEach(lifecycle -> lifecycle.created(created));
		connection = created;
		return created;
	}

	/** @param whileSignedIn it happened on a reconnect, not on a sign-in somebody asked for */
	private void fail(ConnectFailure failure, CompletableFuture<Void> done, boolean whileSignedIn) {
		closeCurrent();
		lastFailure = failure;
		CertificateInfo shown = failure.certificate() == null ? null : failure.certificate().info();
		CertificateInfo certificate = shown == null ? null
				: new CertificateInfo(shown.sha256(), shown.subject(), shown.issuer(), shown.names(), shown.notBefore(),
						shown.notAfter(), whileSignedIn);
		setStatus(new ConnectionStatus(ConnectionState.FAILED, failure.getMessage(), certificate));
		done.completeExceptionally(failure);
	}

	/**
	 * A link that died without a word (a laptop's Wi-Fi gone, a server frozen) shows no error: TCP keeps waiting. So
	 * after {@link #SILENCE_SECONDS} without a stanza from the server it is pinged, and a ping it does not answer
	 * within the reply timeout counts as a drop: a dead link is noticed within about a minute, not half an hour.
	 */
	private void watchForSilence(XMPPTCPConnection created, long createdGeneration) {
		silenceWatch = worker.scheduleWithFixedDelay(() -> pingIfSilent(created, createdGeneration), SILENCE_SECONDS,
				SILENCE_SECONDS / 3, TimeUnit.SECONDS);
	}

	private void pingIfSilent(XMPPTCPConnection watched, long watchedGeneration) {
		boolean silent = System.currentTimeMillis() - watched.getLastStanzaReceived() > SILENCE_SECONDS * 1000L;
		if (watchedGeneration != generation || connection != watched || !watched.isAuthenticated() || !silent
				|| pinging) {
			return;
		}
		pinging = true;
		watched.sendIqRequestAsync(new Ping(watched.getXMPPServiceDomain()), watched.getReplyTimeout())
				.onSuccess(pong -> pinging = false).onError(error -> worker.execute(() -> {
					pinging = false;
					if (error instanceof XMPPException.XMPPErrorException) {
						return; // an error reply is still a reply: the server is there
					}
					watched.instantShutdown();
					connectionDropped(watched, watchedGeneration, new IOException("The server stopped answering"));
				}));
	}

	private void connectionDropped(XMPPTCPConnection dropped, long droppedGeneration, Exception why) {
		boolean alreadyRetrying = pendingReconnect != null && !pendingReconnect.isDone();
		if (droppedGeneration != generation || connection != dropped || alreadyRetrying) {
			return;
		}
		lifecycles.forEach(ConnectionLifecycle::lost);
		if (why instanceof XMPPException.StreamErrorException streamError
				&& streamError.getStreamError().getCondition() == StreamError.Condition.conflict) {
			// Another client took over this resource: reconnecting would throw it out in turn, forever.
			fail(new ConnectFailure(ConnectFailure.Kind.CONFLICT, "This account signed in elsewhere with the same resource ("
					+ settings.resource() + "), which replaced this connection. Reconnect when you are done there.", why),
					new CompletableFuture<>(), true);
			return;
		}
		scheduleReconnect("The connection to the server was lost");
	}

	private void scheduleReconnect(String why) {
		Duration delay = backoff.delay(attempt++);
		setStatus(new ConnectionStatus(ConnectionState.RECONNECTING,
				why + "; reconnecting in " + Math.max(1, Math.round(delay.toMillis() / 1000.0)) + " s"));
		long myGeneration = generation;
		pendingReconnect = worker.schedule(() -> reconnect(myGeneration), delay.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void reconnect(long myGeneration) {
		XMPPTCPConnection current = connection;
		if (myGeneration != generation || current == null) {
			return;
		}
		try {
			if (startAfresh) {
				// The last attempt on this connection failed: a Smack connection that a stream error ended can be
				// left unable to sign in again (seen on ejabberd: no SASL mechanisms offered, forever). Resumption
				// had its chance; a new connection signs in clean.
				closeCurrent();
				current = open(signedInWith);
			}
			if (current.isConnected() && !current.isAuthenticated()) {
				current.instantShutdown();
			}
			if (!current.isConnected()) {
				current.connect();
			}
			if (!current.isAuthenticated()) {
				current.login();
			}
			attempt = 0;
			notifyLoggedIn(current, current.streamWasResumed());
			setStatus(ConnectionStatus.of(ConnectionState.CONNECTED));
		} catch (Exception e) {
			if (e instanceof InterruptedException) {
				Thread.currentThread().interrupt();
				return;
			}
			ConnectFailure failure = e instanceof ConnectFailure known ? known : ConnectFailureTranslator.translate(e, settings, trust);
			if (failure.kind() == ConnectFailure.Kind.BAD_CREDENTIALS
					|| failure.kind() == ConnectFailure.Kind.UNTRUSTED_CERTIFICATE) {
				fail(failure, new CompletableFuture<>(), true);
			} else {
				startAfresh = true;
				scheduleReconnect(failure.getMessage());
			}
		}
	}

	private void notifyLoggedIn(XMPPTCPConnection current, boolean resumed) {
		for (ConnectionLifecycle lifecycle : lifecycles) {
			try {
				lifecycle.loggedIn(current, resumed);
			} catch (RuntimeException e) {
				LOG.log(Level.WARNING, "An adapter failed after login", e);
			}
		}
	}

	private void closeCurrent() {
		generation++;
		if (silenceWatch != null) {
			silenceWatch.cancel(false);
			silenceWatch = null;
		}
		if (pendingReconnect != null) {
			pendingReconnect.cancel(false);
			pendingReconnect = null;
		}
		XMPPTCPConnection current = connection;
		connection = null;
		if (current != null) {
			try {
				current.disconnect();
			} catch (RuntimeException e) {
				current.instantShutdown();
			}
		}
	}

	private ConnectionSettings toConnectionSettings(AccountSettings accountSettings) {
		TlsPolicy tls = accountSettings.allowPlaintext() ? TlsPolicy.PLAINTEXT_ON_LOOPBACK : TlsPolicy.REQUIRED;
		String host = accountSettings.host().isEmpty() ? null : accountSettings.host();
		BareJid account = accountSettings.account();
		Set<String> pinned = pins.pinned(account);
		return new ConnectionSettings(account, host, accountSettings.port(), accountSettings.resource(), tls, pinned);
	}

	private void setStatus(ConnectionStatus next) {
		status = next;
		for (Consumer<ConnectionStatus> listener : statusListeners) {
			try {
				listener.accept(next);
			} catch (RuntimeException e) {
				LOG.log(Level.WARNING, "A connection status listener failed", e);
			}
		}
	}

	/** Hands drops over to the worker thread; the generation tells a stale connection's news from the current one's. */
	private final class DropWatcher implements ConnectionListener {
		private final XMPPTCPConnection watched;
		private final long watchedGeneration;

		DropWatcher(XMPPTCPConnection watched, long watchedGeneration) {
			this.watched = watched;
			this.watchedGeneration = watchedGeneration;
		}

		@Override
		public void connectionClosedOnError(Exception e) {
			worker.execute(() -> connectionDropped(watched, watchedGeneration, e));
		}
	}
}
