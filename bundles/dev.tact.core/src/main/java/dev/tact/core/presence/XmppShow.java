package dev.tact.core.presence;

/**
 * The standard {@code <show/>} value of an XMPP presence (RFC 6121 §4.7.2.1), kept in core so that the mapping
 * from Tact states to what standard clients see is testable without Smack.
 */
public enum XmppShow {
	/** No {@code show} element: online and available. */
	NONE,
	CHAT,
	AWAY,
	XA,
	DND,
	/** Presence of type {@code unavailable}. */
	UNAVAILABLE
}
