package dev.tact.core.contacts;

/** The user's answer to an incoming add request; the guide says you are not obligated to add them back. */
public enum SubscriptionAnswer {
	/** Let them see our presence and add them to our contacts too. */
	ADD_BACK,
	/** Let them see our presence only. */
	ACCEPT_ONLY,
	/** Gently decline: they are not told more than that the request was not accepted. */
	DECLINE
}
