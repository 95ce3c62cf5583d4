package dev.tact.ui.internal.chat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

import dev.tact.core.etiquette.RuleId;

/**
 * The etiquette rules the user turned off ("Don't show again"), stored as comma-separated rule keys under
 * {@value #KEY} in the instance scope of {@value #NODE}; the preference page reads and writes the same key.
 */
public final class EtiquettePreferences {

	public static final String NODE = "dev.tact.ui";
	public static final String KEY = "etiquette.disabled";

	private EtiquettePreferences() {
	}

	/** The rules turned off; unknown keys (from a newer version) are ignored. */
	public static Set<RuleId> disabled() {
		String stored = node().get(KEY, "");
		Set<RuleId> rules = EnumSet.noneOf(RuleId.class);
		Arrays.stream(stored.split(",")).map(String::strip).map(RuleId::fromKey)
				.filter(Objects::nonNull).forEach(rules::add);
		return rules;
	}

	/** Turns {@code rule} off and saves at once. */
	public static void disable(RuleId rule) {
		Set<RuleId> rules = disabled();
		rules.add(rule);
		store(rules);
	}

	/** Replaces the set of rules turned off. */
	public static void store(Set<RuleId> rules) {
		IEclipsePreferences node = node();
		if (rules.isEmpty()) {
			node.remove(KEY);
		} else {
			node.put(KEY, rules.stream().map(RuleId::key).collect(Collectors.joining(",")));
		}
		try {
			node.flush();
		} catch (BackingStoreException e) {
			ILog.of(EtiquettePreferences.class).error("Could not save the etiquette preferences", e);
		}
	}

	private static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}
}
