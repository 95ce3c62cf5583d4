package dev.tact.core.event;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Tact's one listener convention: adding returns a {@link Registration} that removes the listener, and listeners are
 * isolated from each other, so one that throws is logged and the others still hear the event. Thread-safe; events
 * are told on the caller's thread.
 *
 * @param <E> what listeners hear
 */
public final class Listeners<E> {

	private static final System.Logger LOG = System.getLogger(Listeners.class.getName());

	private final String what;
	private final List<Consumer<? super E>> listeners = new CopyOnWriteArrayList<>();

	/** @param what names the listeners in the log when one fails, e.g. "a presence listener" */
	public Listeners(String what) {
		this.what = Objects.requireNonNull(what, "what");
	}

	public Registration add(Consumer<? super E> listener) {
		Objects.requireNonNull(listener, "listener");
		listeners.add(listener);
		return () -> listeners.remove(listener);
	}

	/** Tells every listener about {@code event}. */
	public void tell(E event) {
		for (Consumer<? super E> listener : listeners) {
			try {
				listener.accept(event);
			} catch (RuntimeException e) {
				LOG.log(Level.WARNING, what + " failed", e);
			}
		}
	}

	public boolean isEmpty() {
		return listeners.isEmpty();
	}
}
