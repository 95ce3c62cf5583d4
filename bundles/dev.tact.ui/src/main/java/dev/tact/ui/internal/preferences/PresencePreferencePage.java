package dev.tact.ui.internal.preferences;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import dev.tact.core.focus.FocusStyle;

/** Window > Preferences > Tact > Presence: what automation does and what it tells others. */
public final class PresencePreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public PresencePreferencePage() {
		super(GRID);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(TactPreferences.store());
		setDescription("A status you set by hand always wins over an automatic one.");
	}

	@Override
	protected void createFieldEditors() {
		addField(new BooleanFieldEditor(TactPreferences.REVEAL_AUTOMATION,
				"Tell others &why when busy automatically (\"Debugging\", \"Focusing until 10:45\"), not just \"Busy\"",
				getFieldEditorParent()));
		addField(new BooleanFieldEditor(TactPreferences.SEND_TYPING, "Let others see when I am &typing to them",
				getFieldEditorParent()));
		addField(new RadioGroupFieldEditor(TactPreferences.DEBUG_SCOPE, "Busy while &debugging", 1,
				new String[][] { { "During every debug session", TactPreferences.DEBUG_ALL_LAUNCHES },
						{ "Only while suspended at a breakpoint", TactPreferences.DEBUG_SUSPENDED_ONLY } },
				getFieldEditorParent(), true));
		IntegerFieldEditor grace = new IntegerFieldEditor(TactPreferences.DEBUG_GRACE_SECONDS,
				"Stay Busy this many &seconds after a debug session ends (so a relaunch does not flicker):",
				getFieldEditorParent(), 3);
		grace.setValidRange(0, 600);
		addField(grace);
		addField(new BooleanFieldEditor(TactPreferences.CALL_FROM_MICROPHONE,
				"Busy \u2013 In a &Call while another application uses the microphone (sounds muted)",
				getFieldEditorParent()));
		addField(new BooleanFieldEditor(TactPreferences.CALL_NAMES_APPLICATION,
				"In a call, tell others which a&pplication (\"In a call \u2014 Zoom\")", getFieldEditorParent()));
		IntegerFieldEditor idle = new IntegerFieldEditor(TactPreferences.IDLE_MINUTES,
				"&Away after this many minutes without keyboard or mouse input:", getFieldEditorParent(), 3);
		idle.setValidRange(1, 240);
		addField(idle);
		addField(new RadioGroupFieldEditor(TactPreferences.FOCUS_STYLE, "A &focus session sets", 1,
				new String[][] { { "Busy \u2013 Focusing until \u2026", FocusStyle.BUSY_FOCUSING.name() },
						{ "Do Not Disturb (use sparingly)", FocusStyle.DO_NOT_DISTURB.name() } },
				getFieldEditorParent(), true));
		addField(new BooleanFieldEditor(TactPreferences.FOCUS_AUTO_REPLY,
				"During a focus session, answer each person &once: \"Focusing until 10:45 \u2014 I'll get back to you.\"",
				getFieldEditorParent()));
	}
}
