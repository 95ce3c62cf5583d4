package dev.tact.ui.internal.preferences;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import dev.tact.core.address.BareJid;

/** Window > Preferences > Tact > Alerts: sounds, popups, calls, and who may break through. */
public final class AlertsPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public AlertsPreferencePage() {
		super(GRID);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(TactPreferences.store());
		setDescription("Do Not Disturb and focus sessions always silence alerts; what arrives meanwhile is kept for you.");
	}

	@Override
	protected void createFieldEditors() {
		addField(new BooleanFieldEditor(TactPreferences.SOUNDS, "Play a &sound for new messages", getFieldEditorParent()));
		addField(new BooleanFieldEditor(TactPreferences.POPUPS, "Show a &notification for new messages", getFieldEditorParent()));
		addField(new BooleanFieldEditor(TactPreferences.MUTE_IN_CALLS, "&Mute sounds while in a call or meeting",
				getFieldEditorParent()));
		addField(new BooleanFieldEditor(TactPreferences.ALERT_FOR_STRANGERS,
				"&Alert me about messages and invitations from people not in my contacts", getFieldEditorParent()));
		StringFieldEditor priority = new StringFieldEditor(TactPreferences.PRIORITY_CONTACTS,
				"&People who may reach you when busy (addresses, comma-separated):", getFieldEditorParent()) {
			@Override
			protected boolean doCheckState() {
				for (String entry : getStringValue().split("[,\\s]+")) {
					if (!entry.isBlank()) {
						try {
							if (BareJid.parse(entry).local().isEmpty()) {
								setErrorMessage("'" + entry + "' is not an address like dana@example.org");
								return false;
							}
						} catch (IllegalArgumentException e) {
							setErrorMessage("'" + entry + "': " + e.getMessage());
							return false;
						}
					}
				}
				return true;
			}
		};
		addField(priority);
	}
}
