package dev.tact.core.alert;

import dev.tact.core.address.BareJid;
import java.util.Objects;
import java.util.Set;

/**
 * The user's alert preferences.
 *
 * @param muteSoundsInCalls whether sounds are muted while the user is In a Call (the guide: "If you are in a meeting
 *                          or call, it is best to turn off IM sound"); on by default
 * @param priorityContacts  the short list of people whose messages break through Do Not Disturb and focus sessions
 */
public record AlertPreferences(boolean muteSoundsInCalls, Set<BareJid> priorityContacts) {

	public AlertPreferences {
		priorityContacts = Set.copyOf(Objects.requireNonNull(priorityContacts, "priorityContacts"));
	}

	/** Sounds muted in calls, nobody on the priority list. */
	public static AlertPreferences defaults() {
		return new AlertPreferences(true, Set.of());
	}

	public boolean isPriority(BareJid sender) {
		return priorityContacts.contains(sender);
	}
}
