package dev.tact.core.alert;

import dev.tact.core.address.BareJid;
import java.time.Instant;
import java.util.Objects;

/**
 * Something that arrived for the user: what kind, from whom, a preview of its text (never null; may be several
 * lines), whether the sender marked it urgent (XEP-0224 attention) and when it arrived. Used by the alert policy and
 * collected by a focus session's digest.
 */
public record AlertEvent(EventKind kind, BareJid from, String preview, boolean urgent, Instant at) {

	public AlertEvent {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(at, "at");
		preview = preview == null ? "" : preview;
	}

	/** The same event without its urgent mark, for an urgent mark the policy did not honour. */
	public AlertEvent withoutUrgentMark() {
		return urgent ? new AlertEvent(kind, from, preview, false, at) : this;
	}
}
