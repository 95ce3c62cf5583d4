package dev.tact.xmpp.internal.connection;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one ordered thread on which a session raises its events. Smack's reader hands each stanza over and returns
 * at once, so a slow listener delays later events but never stalls the connection; a listener that throws is
 * logged and the next event still goes out.
 */
public final class SessionEvents implements AutoCloseable {

	private static final Logger LOG = Logger.getLogger(SessionEvents.class.getName());

	private final ExecutorService executor;

	public SessionEvents(String name) {
		this.executor = Executors.newSingleThreadExecutor(runnable -> {
			Thread thread = new Thread(runnable, "tact-events-" + name);
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Runs {@code event} after every event posted before it. Never throws, even once closed. */
	public void post(Runnable event) {
		try {
			executor.execute(() -> {
				try {
					event.run();
				} catch (RuntimeException | LinkageError e) {
					LOG.log(Level.WARNING, "A Tact event listener failed; later events are still delivered", e);
				}
			});
		} catch (RejectedExecutionException closed) {
			// the session is closed: nobody listens any more
		}
	}

	@Override
	public void close() {
		executor.shutdown();
		try {
			executor.awaitTermination(2, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
