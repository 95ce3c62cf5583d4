package dev.tact.core.event;

/** A registered listener; closing it removes the listener. Closing twice is harmless. */
@FunctionalInterface
public interface Registration extends AutoCloseable {

	@Override
	void close();
}
