package dev.tact.ui.internal.preferences;

import java.time.ZoneId;

import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;

import dev.tact.core.client.TactClient;

/** Applies Tact's preferences to the client when it starts and whenever the user changes them. */
public final class PreferenceBinding {

	private final TactClient client;
	private final IPreferenceChangeListener listener = event -> apply();

	public PreferenceBinding(TactClient client) {
		this.client = client;
	}

	public void start() {
		apply();
		TactPreferences.node().addPreferenceChangeListener(listener);
	}

	public void stop() {
		TactPreferences.node().removePreferenceChangeListener(listener);
	}

	private void apply() {
		client.alerts().setPreferences(TactPreferences.alerts());
		client.revealAutomation(ZoneId.systemDefault(), TactPreferences.revealAutomation());
		client.focusAutoReply().setEnabled(TactPreferences.focusAutoReply());
		client.setDisabledEtiquetteRules(TactPreferences.disabledEtiquetteRules());
	}
}
