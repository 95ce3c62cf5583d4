package dev.tact.ide.internal;

import java.util.Optional;

import org.eclipse.core.runtime.ServiceCaller;

import dev.tact.core.client.TactSession;

/**
 * The running Tact, as the OSGi service the bundle that owns the client offers ({@link TactSession}); looked up when
 * needed, so the IDE automation depends on core alone.
 */
final class RunningTact {

	private final ServiceCaller<TactSession> caller;

	RunningTact(Class<?> user) {
		this.caller = new ServiceCaller<>(user, TactSession.class);
	}

	/** The session, or empty while no bundle offers one (Tact is not installed in full, or is stopping). */
	Optional<TactSession> session() {
		return caller.current();
	}
}
