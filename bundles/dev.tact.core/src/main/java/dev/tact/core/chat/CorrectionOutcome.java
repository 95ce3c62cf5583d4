package dev.tact.core.chat;

/** What became of a message correction (XEP-0308). */
public enum CorrectionOutcome {
	/** The earlier message now shows the new body and is marked edited. */
	APPLIED,
	/** The original has not arrived yet; the correction is kept and applied when it does. */
	HELD_FOR_ORIGINAL,
	/** Someone tried to correct a message they did not write; ignored. */
	REJECTED_OTHER_SENDER
}
