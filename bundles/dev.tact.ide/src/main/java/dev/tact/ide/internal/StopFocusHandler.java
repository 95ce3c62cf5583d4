package dev.tact.ide.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/** Ends the running focus session early; the previous status returns and the digest shows. */
public final class StopFocusHandler extends AbstractHandler {

	private final RunningTact tact = new RunningTact(getClass());

	@Override
	public Object execute(ExecutionEvent event) {
		tact.session().ifPresent(session -> session.client().focus().stop());
		return null;
	}

	@Override
	public boolean isEnabled() {
		return tact.session().map(session -> session.client().focus().isRunning()).orElse(false);
	}
}
