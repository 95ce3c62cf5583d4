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
 * @param alertForStrangers whether a message or invitation from someone not in the contacts pops up and chimes as a
 *                          contact's would (never breaking through, never urgent); off by default: a badge only, as
 *                          anyone may write to an address
 */
public record AlertPreferences(boolean muteSoundsInCalls, Set<BareJid> priorityContacts, boolean alertForStrangers) {

	public AlertPreferences {
		priorityContacts = Set.copyOf(Objects.requireNonNull(priorityContacts, "priorityContacts"));
	}

	/** Sounds muted in calls, nobody on the priority list, strangers a badge only. */
	public static AlertPreferences defaults() {
		return new AlertPreferences(true, Set.of(), false);
	}

	public boolean isPriority(BareJid sender) {
		return priorityContacts.contains(sender);
	}
}
