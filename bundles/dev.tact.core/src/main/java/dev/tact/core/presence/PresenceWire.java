package dev.tact.core.presence;

import java.time.Instant;
import java.util.Objects;

/**
 * A presence as it travels over XMPP, free of Smack types: the standard {@code show} and status text every client
 * understands, plus the optional fields of Tact's namespaced extension ({@code tactState}, {@code activity},
 * {@code until}) and XEP-0319 {@code idleSince}. Extension fields are raw strings because a peer's may be anything;
 * {@link PeerPresenceInterpreter} makes sense of them. Null means absent for every field but {@code show};
 * {@code status} is never null.
 */
public record PresenceWire(XmppShow show, String status, String tactState, String activity, Instant until,
		Instant idleSince) {

	public PresenceWire {
		Objects.requireNonNull(show, "show");
		status = status == null ? "" : status;
	}

	/** What a standard client publishes: a show and a status text, no Tact extension. */
	public static PresenceWire standard(XmppShow show, String status) {
		return new PresenceWire(show, status, null, null, null, null);
	}

	/** Whether Tact's extension element should be written (or was received). */
	public boolean hasTactExtension() {
		return tactState != null || activity != null || until != null;
	}
}
