package dev.tact.core.focus;

/** Hears that a focus session ended (time up or stopped), with the digest of what arrived meanwhile. */
@FunctionalInterface
public interface FocusSessionListener {

	void focusSessionEnded(FocusDigest digest);
}
