package dev.tact.ide.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

import dev.tact.ui.internal.runtime.TactRuntime;

/** Ends the running focus session early; the previous status returns and the digest shows. */
public final class StopFocusHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		TactRuntime.get().client().focus().stop();
		return null;
	}

	@Override
	public boolean isEnabled() {
		return TactRuntime.get().client().focus().isRunning();
	}
}
