package dev.tact.core.etiquette;

/** How firmly a hint speaks. None of them blocks sending. */
public enum Severity {
	/** Good to know, e.g. "may be slow to respond". */
	INFO,
	/** A better way exists, e.g. state the topic. */
	SUGGESTION,
	/** Likely to bother the recipient, e.g. shouting or writing to someone in Do Not Disturb. */
	WARNING
}
