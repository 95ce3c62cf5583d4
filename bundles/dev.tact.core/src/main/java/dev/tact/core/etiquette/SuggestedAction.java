package dev.tact.core.etiquette;

/** What the UI offers next to a hint. */
public enum SuggestedAction {
	SEND_ANYWAY,
	/** Send with an attention request (XEP-0224), for what really cannot wait. */
	SEND_AS_URGENT,
	/** Keep the draft and send when the recipient is available. */
	SEND_LATER,
	EDIT,
	/** Turn this rule off (the UI adds the rule id to the disabled set). */
	DONT_SHOW_AGAIN,
	ASK_ROOM_FIRST,
	/** Write a note saying where one is. */
	ADD_NOTE,
	/** Show Busy instead of Do Not Disturb. */
	SWITCH_TO_BUSY,
	/** Put the hint away; it has said what it had to say. */
	DISMISS
}
