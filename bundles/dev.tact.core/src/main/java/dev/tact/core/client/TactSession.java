package dev.tact.core.client;

import dev.tact.core.time.TaskScheduler;

/**
 * The running Tact of this IDE, as other bundles find it: an OSGi service the bundle that owns the client offers, so
 * IDE automation and commands reach the client without depending on the UI bundle or on a static.
 */
public interface TactSession {

	TactClient client();

	/** Timers for automation (grace periods, expiries); tasks must be short and never touch widgets. */
	TaskScheduler scheduler();

	TactSettings settings();
}
