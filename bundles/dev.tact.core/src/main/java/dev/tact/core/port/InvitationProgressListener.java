package dev.tact.core.port;

/** Hears the steps of one invitation round; called on a background thread. */
@FunctionalInterface
public interface InvitationProgressListener {

	void progressed(InvitationProgress progress);
}
