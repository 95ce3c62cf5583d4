package dev.tact.ui.internal.preferences;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import dev.tact.core.address.BareJid;
import dev.tact.core.alert.AlertPreferences;
import dev.tact.core.etiquette.RuleId;
import dev.tact.core.focus.FocusStyle;
import dev.tact.ui.internal.chat.EtiquettePreferences;
import dev.tact.ui.internal.runtime.AccountPreferences;

/** Tact's preference keys and their defaults, and typed reads of them; the one place that knows the strings. */
public final class TactPreferences {

	public static final String NODE = "dev.tact.ui";
	public static final String REVEAL_AUTOMATION = "presence.revealAutomation";
	public static final String IDLE_MINUTES = "presence.idleMinutes";
	public static final String FOCUS_STYLE = "presence.focusStyle";
	public static final String DEBUG_SCOPE = "presence.debugScope";
	public static final String DEBUG_GRACE_SECONDS = "presence.debugGraceSeconds";
	public static final String FOCUS_AUTO_REPLY = "presence.focusAutoReply";
	public static final String CALL_FROM_MICROPHONE = "presence.callFromMicrophone";
	public static final String CALL_NAMES_APPLICATION = "presence.callNamesApplication";
	public static final String SEND_TYPING = "presence.sendTyping";
	public static final String SOUNDS = "alerts.sounds";
	public static final String POPUPS = "alerts.popups";
	public static final String MUTE_IN_CALLS = "alerts.muteInCalls";
	public static final String PRIORITY_CONTACTS = "alerts.priority";
	public static final String ALERT_FOR_STRANGERS = "alerts.strangers";
	public static final String ETIQUETTE_DISABLED = EtiquettePreferences.KEY;

	/** Whether every debug launch claims Busy, or only while suspended at a breakpoint. */
	public static final String DEBUG_ALL_LAUNCHES = "all";
	public static final String DEBUG_SUSPENDED_ONLY = "suspended";

	private static final int DEFAULT_DEBUG_GRACE_SECONDS = 20;

	private TactPreferences() {
	}

	/** A JFace store over the instance scope, with Tact's defaults, for preference pages. */
	public static IPreferenceStore store() {
		ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, NODE);
		store.setDefault(REVEAL_AUTOMATION, true);
		store.setDefault(SEND_TYPING, true);
		store.setDefault(IDLE_MINUTES, 10);
		store.setDefault(FOCUS_STYLE, FocusStyle.BUSY_FOCUSING.name());
		store.setDefault(DEBUG_SCOPE, DEBUG_ALL_LAUNCHES);
		store.setDefault(DEBUG_GRACE_SECONDS, DEFAULT_DEBUG_GRACE_SECONDS);
		store.setDefault(CALL_FROM_MICROPHONE, true);
		store.setDefault(SOUNDS, true);
		store.setDefault(POPUPS, true);
		store.setDefault(MUTE_IN_CALLS, true);
		store.setDefault(AccountPreferences.SIGN_IN_ON_STARTUP, true);
		return store;
	}

	public static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}

	public static boolean revealAutomation() {
		return node().getBoolean(REVEAL_AUTOMATION, true);
	}

	/** Whether the people one writes to see "… is typing" while one does. */
	public static boolean sendTyping() {
		return node().getBoolean(SEND_TYPING, true);
	}

	public static int idleMinutes() {
		return Math.max(1, node().getInt(IDLE_MINUTES, 10));
	}

	public static FocusStyle focusStyle() {
		try {
			return FocusStyle.valueOf(node().get(FOCUS_STYLE, FocusStyle.BUSY_FOCUSING.name()));
		} catch (IllegalArgumentException e) {
			return FocusStyle.BUSY_FOCUSING;
		}
	}

	public static boolean focusAutoReply() {
		return node().getBoolean(FOCUS_AUTO_REPLY, false);
	}

	/** How long Busy lasts after the last debug session ends, so a quick relaunch does not flicker. */
	public static Duration debugGrace() {
		return Duration.ofSeconds(Math.max(0, node().getInt(DEBUG_GRACE_SECONDS, DEFAULT_DEBUG_GRACE_SECONDS)));
	}

	/** Whether another application capturing from the microphone makes one "Busy – In a Call". */
	public static boolean callFromMicrophone() {
		return node().getBoolean(CALL_FROM_MICROPHONE, true);
	}

	/** Whether others see which application holds the microphone ("In a call — Zoom"); off by default. */
	public static boolean callNamesApplication() {
		return node().getBoolean(CALL_NAMES_APPLICATION, false);
	}

	public static boolean debugSuspendedOnly() {
		return DEBUG_SUSPENDED_ONLY.equals(node().get(DEBUG_SCOPE, DEBUG_ALL_LAUNCHES));
	}

	public static boolean sounds() {
		return node().getBoolean(SOUNDS, true);
	}

	public static boolean popups() {
		return node().getBoolean(POPUPS, true);
	}

	public static AlertPreferences alerts() {
		Set<BareJid> priority = new LinkedHashSet<>();
		for (String entry : node().get(PRIORITY_CONTACTS, "").split("[,\\s]+")) {
			if (!entry.isBlank()) {
				try {
					priority.add(BareJid.parse(entry));
				} catch (IllegalArgumentException e) {
					// a malformed entry is ignored; the page validates what it saves
				}
			}
		}
		return new AlertPreferences(node().getBoolean(MUTE_IN_CALLS, true), priority,
				node().getBoolean(ALERT_FOR_STRANGERS, false));
	}

	public static Set<RuleId> disabledEtiquetteRules() {
		return EtiquettePreferences.disabled();
	}
}
