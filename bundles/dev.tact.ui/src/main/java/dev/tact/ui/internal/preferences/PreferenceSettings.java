package dev.tact.ui.internal.preferences;

import java.time.Duration;

import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;

import dev.tact.core.client.TactSettings;
import dev.tact.core.event.Registration;
import dev.tact.core.focus.FocusStyle;

/** Core's view of the automation settings, read from Tact's preferences (Preferences > Tact > Presence). */
public final class PreferenceSettings implements TactSettings {

	@Override
	public boolean debugSuspendedOnly() {
		return TactPreferences.debugSuspendedOnly();
	}

	@Override
	public Duration debugGrace() {
		return TactPreferences.debugGrace();
	}

	@Override
	public Duration idleAfter() {
		return Duration.ofMinutes(TactPreferences.idleMinutes());
	}

	@Override
	public boolean callFromMicrophone() {
		return TactPreferences.callFromMicrophone();
	}

	@Override
	public boolean callNamesApplication() {
		return TactPreferences.callNamesApplication();
	}

	@Override
	public FocusStyle focusStyle() {
		return TactPreferences.focusStyle();
	}

	@Override
	public Registration onChange(Runnable listener) {
		IPreferenceChangeListener changed = event -> listener.run();
		TactPreferences.node().addPreferenceChangeListener(changed);
		return () -> TactPreferences.node().removePreferenceChangeListener(changed);
	}
}
