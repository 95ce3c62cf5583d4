package dev.tact.ide.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

import dev.tact.core.focus.FocusLength;

/**
 * Starts a focus session: Busy (or Do Not Disturb, by preference) with "until HH:MM" for peers, alerts muted, and a
 * digest of what arrived at the end. The optional parameter gives the length in minutes; 0 means until stopped.
 */
public final class StartFocusHandler extends AbstractHandler {

	public static final String COMMAND = "dev.tact.ide.commands.startFocus";
	public static final String MINUTES = "dev.tact.ide.focus.minutes";

	private final RunningTact tact = new RunningTact(getClass());

	@Override
	public Object execute(ExecutionEvent event) {
		String parameter = event.getParameter(MINUTES);
		long minutes = 25;
		if (parameter != null && !parameter.isBlank()) {
			minutes = Long.parseLong(parameter.strip());
		}
		FocusLength length = minutes <= 0 ? FocusLength.UNTIL_STOPPED : FocusLength.minutes(minutes);
		tact.session().ifPresent(session -> session.client().focus().start(length, session.settings().focusStyle()));
		return null;
	}
}
