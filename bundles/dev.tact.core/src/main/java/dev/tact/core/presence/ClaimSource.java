package dev.tact.core.presence;

/** Who claims a presence state in the {@link PresenceArbiter} (DESIGN §3, Arbitration). Each holds at most one claim. */
public enum ClaimSource {
	/** The user's manual choice; it wins over every automatic claim while it lasts. */
	USER,
	/** A call or meeting in progress. */
	CALL,
	/** A debug session in the IDE. */
	DEBUGGER,
	/** A focus session. */
	FOCUS,
	/** No keyboard or mouse activity for a while. */
	IDLE;

	public boolean isAutomatic() {
		return this != USER;
	}
}
