package dev.tact.xmpp.internal.muc;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.tact.core.event.Registration;

/** A list of listeners that a failing listener cannot break for the others. */
final class GroupChatListeners<L> {

	private static final Logger LOG = Logger.getLogger(GroupChatListeners.class.getName());

	private final CopyOnWriteArrayList<L> listeners = new CopyOnWriteArrayList<>();

	Registration add(L listener) {
		listeners.add(listener);
		return () -> listeners.remove(listener);
	}

	void fire(Consumer<L> event) {
		for (L listener : listeners) {
			try {
				event.accept(listener);
			} catch (RuntimeException e) {
				LOG.log(Level.WARNING, "A group chat listener failed", e);
			}
		}
	}
}
