package dev.tact.ui.internal.runtime;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.FrameworkUtil;

import dev.tact.core.client.NotificationRouter;
import dev.tact.core.client.TactClient;
import dev.tact.core.store.FileHistoryStore;
import dev.tact.core.store.FileOutboxStorage;
import dev.tact.core.time.TaskScheduler;

/**
 * The one Tact of this workbench: the client with its models, the account connection and the alert router. Views,
 * editors and the status bar take what they need from here and never hold the network themselves.
 */
public final class TactRuntime {

	private static volatile TactRuntime instance;

	private final ScheduledExecutorService timer;
	private final NotificationRouter notifications = new NotificationRouter();
	private final TactClient client;
	private final AccountConnection account;

	private TactRuntime() {
		timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "Tact timers");
			thread.setDaemon(true);
			return thread;
		});
		Path state = Platform.getStateLocation(FrameworkUtil.getBundle(TactRuntime.class)).toPath();
		client = new TactClient(Clock.systemDefaultZone(), ZoneId.systemDefault(), TaskScheduler.of(timer), notifications,
				new FileOutboxStorage(state.resolve("outbox")));
		client.keepHistoryIn(new FileHistoryStore(state.resolve("history")));
		account = new AccountConnection(client, new SecureCredentialStore());
	}

	/** The workbench's Tact, created on first use. */
	public static TactRuntime get() {
		TactRuntime current = instance;
		if (current == null) {
			synchronized (TactRuntime.class) {
				current = instance;
				if (current == null) {
					instance = current = new TactRuntime();
				}
			}
		}
		return current;
	}

	public TactClient client() {
		return client;
	}

	public AccountConnection account() {
		return account;
	}

	/** Timers for automation (grace periods, expiries); tasks must be short and never touch widgets. */
	public TaskScheduler scheduler() {
		return TaskScheduler.of(timer);
	}

	public NotificationRouter notifications() {
		return notifications;
	}

	/** Signs out and stops timers; called when the workbench shuts down. */
	public static synchronized void shutdown() {
		TactRuntime current = instance;
		instance = null;
		if (current != null) {
			current.account.dispose();
			current.client.close();
			current.timer.shutdownNow();
		}
	}
}
