package dev.tact.ui.internal.preferences;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import dev.tact.core.etiquette.RuleId;
import dev.tact.ui.internal.chat.EtiquettePreferences;

/** Window > Preferences > Tact > Etiquette: each hint of the guide, on or off. */
public final class EtiquettePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private final Map<RuleId, Button> checks = new EnumMap<>(RuleId.class);

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(TactPreferences.store());
		setDescription("Tact quietly applies an IM etiquette guide. Hints show above the message you are writing, never in your way.");
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite box = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(box);
		Set<RuleId> disabled = TactPreferences.disabledEtiquetteRules();
		for (RuleId rule : RuleId.values()) {
			Button check = new Button(box, SWT.CHECK);
			check.setText(describe(rule));
			check.setSelection(!disabled.contains(rule));
			checks.put(rule, check);
		}
		return box;
	}

	@Override
	protected void performDefaults() {
		checks.values().forEach(check -> check.setSelection(true));
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		Set<RuleId> off = EnumSet.noneOf(RuleId.class);
		checks.forEach((rule, check) -> {
			if (!check.getSelection()) {
				off.add(rule);
			}
		});
		EtiquettePreferences.store(off);
		return super.performOk();
	}

	static String describe(RuleId rule) {
		return switch (rule) {
		case PRESENCE_AWARE_SEND -> "Check the person's presence before sending (Busy, In a Call, Do Not Disturb)";
		case OPENING_MESSAGE -> "Suggest stating the topic when a conversation starts with a bare \"hi\"";
		case ALL_CAPS -> "Warn before sending ALL CAPS (it reads as shouting)";
		case UNANSWERED -> "Suggest waiting when several messages are unanswered";
		case TERSE_REPLY -> "Explain that terse replies (\"in a meeting - talk later\") are fine";
		case MULTIPARTY_INVITE -> "Ask the room before inviting someone into a group chat";
		case ADDING_TELLS_CONTACT -> "Say that adding a contact notifies them";
		case ADD_REQUEST_CHOICE -> "Explain the choices when someone adds you";
		case DND_SPARINGLY -> "Note when Do Not Disturb is on for most of the day";
		case AWAY_NOTE -> "Suggest a note saying where you are when you go Away or Off Work";
		case TOO_MANY_GOODBYES -> "Point out a goodbye after the conversation has already ended";
		};
	}
}
