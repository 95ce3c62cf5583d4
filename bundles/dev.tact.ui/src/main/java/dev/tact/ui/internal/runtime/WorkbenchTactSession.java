package dev.tact.ui.internal.runtime;

import org.osgi.service.component.annotations.Component;

import dev.tact.core.client.TactClient;
import dev.tact.core.client.TactSession;
import dev.tact.core.client.TactSettings;
import dev.tact.core.time.TaskScheduler;
import dev.tact.ui.internal.preferences.PreferenceSettings;

/** Offers this workbench's Tact as an OSGi service, so IDE automation finds it without depending on the UI bundle. */
@Component(service = TactSession.class)
public final class WorkbenchTactSession implements TactSession {

	private final TactSettings settings = new PreferenceSettings();

	@Override
	public TactClient client() {
		return TactRuntime.get().client();
	}

	@Override
	public TaskScheduler scheduler() {
		return TactRuntime.get().scheduler();
	}

	@Override
	public TactSettings settings() {
		return settings;
	}
}
