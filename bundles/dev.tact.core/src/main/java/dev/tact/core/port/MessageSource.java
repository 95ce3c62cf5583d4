package dev.tact.core.port;

/** How a message reached us; all of them go through the same de-duplication. */
public enum MessageSource {
	/** Sent to us now. */
	LIVE,
	/** A copy of a message one of our other clients sent or received (XEP-0280). */
	CARBON,
	/** Fetched from the server archive after a reconnect (XEP-0313). */
	ARCHIVE,
	/** Stored by the server while we were offline and delivered at login. */
	OFFLINE_STORAGE
}
