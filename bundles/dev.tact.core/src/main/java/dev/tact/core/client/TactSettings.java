package dev.tact.core.client;

import java.time.Duration;

import dev.tact.core.event.Registration;
import dev.tact.core.focus.FocusStyle;

/**
 * What the user chose for Tact's automation, as the bundle that keeps the preferences offers it, so automation can
 * follow the user's choices without knowing where they are kept. Reads are cheap and always current.
 */
public interface TactSettings {

	/** Whether only a suspended debug session (stopped at a breakpoint) counts as debugging, not any that runs. */
	boolean debugSuspendedOnly();

	/** How long Busy stays after debugging ends, so stepping through a restart does not flap presence. */
	Duration debugGrace();

	/** How long without input at the desk before Away. */
	Duration idleAfter();

	/** Whether another application capturing the microphone makes the user "In a Call". */
	boolean callFromMicrophone();

	/** Whether "In a Call" names the application that captures the microphone. */
	boolean callNamesApplication();

	/** What a focus session the user starts shows to others. */
	FocusStyle focusStyle();

	/** Calls {@code listener} after any of these settings changes, until the registration is closed. */
	Registration onChange(Runnable listener);
}
