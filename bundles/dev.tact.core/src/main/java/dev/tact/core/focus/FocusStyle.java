package dev.tact.core.focus;

import dev.tact.core.presence.PresenceState;

/** What a focus session shows others, a preference: Busy – Focusing (the default) or Do Not Disturb. */
public enum FocusStyle {
	BUSY_FOCUSING(PresenceState.FOCUSING),
	/** For when you absolutely cannot be disturbed; the guide asks to use it sparingly. */
	DO_NOT_DISTURB(PresenceState.DO_NOT_DISTURB);

	private final PresenceState state;

	FocusStyle(PresenceState state) {
		this.state = state;
	}

	/** The state the session claims. */
	public PresenceState state() {
		return state;
	}
}
