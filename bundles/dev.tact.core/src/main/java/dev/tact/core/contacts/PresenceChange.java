package dev.tact.core.contacts;

import java.util.Objects;

import dev.tact.core.address.BareJid;
import dev.tact.core.presence.Availability;
import dev.tact.core.presence.Presence;

/** A contact's best presence changed from {@code before} to {@code after}. */
public record PresenceChange(BareJid contact, Presence before, Presence after) {

	public PresenceChange {
		Objects.requireNonNull(contact, "contact");
		Objects.requireNonNull(before, "before");
		Objects.requireNonNull(after, "after");
	}

	/** Whether the contact just became Available (green) from any other colour. */
	public boolean becameAvailable() {
		return before.state().availability() != Availability.AVAILABLE
				&& after.state().availability() == Availability.AVAILABLE;
	}
}
