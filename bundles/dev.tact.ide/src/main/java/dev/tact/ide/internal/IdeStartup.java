package dev.tact.ide.internal;

import org.eclipse.ui.IStartup;

/** Starts IDE automation with the workbench, for the running Tact. */
public final class IdeStartup implements IStartup {

	@Override
	public void earlyStartup() {
		IdeAutomation.start();
	}
}
