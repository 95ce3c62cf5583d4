package dev.tact.core.presence;

/** The colour class a presence icon is drawn in, as in the guide's Contacts list. */
public enum Availability {
	/** Green: willing to be contacted. */
	AVAILABLE,
	/** Red: refrain unless urgent. */
	BUSY,
	/** Red with a bar: only for an emergency. */
	DO_NOT_DISTURB,
	/** Yellow: away or off work, will answer when back. */
	AWAY,
	/** Grey: offline, or appearing so. */
	OFFLINE
}
