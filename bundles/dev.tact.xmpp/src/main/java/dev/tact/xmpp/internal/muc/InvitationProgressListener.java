package dev.tact.xmpp.internal.muc;

/** Hears the steps of one invitation round; called on a background thread. */
@FunctionalInterface
public interface InvitationProgressListener {

	void progressed(InvitationProgress progress);
}
