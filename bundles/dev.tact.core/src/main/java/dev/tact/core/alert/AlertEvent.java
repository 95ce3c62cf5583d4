package dev.tact.core.alert;

import dev.tact.core.address.BareJid;
import java.time.Instant;
import java.util.Objects;

/**
 * Something that arrived for the user: what kind, from whom, a preview of its text (never null; may be several
 * lines), whether the sender marked it urgent (XEP-0224 attention) and when it arrived. Used by the alert policy and
 * collected by a focus session's digest.
 *
 * @param room for a group-chat event ({@link EventKind#INVITE}, {@link EventKind#GROUP_MENTION}) the room it is
 *            about, which is what opening the alert shows; null otherwise
 */
public record AlertEvent(EventKind kind, BareJid from, String preview, boolean urgent, Instant at, BareJid room) {

	public AlertEvent {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(at, "at");
		preview = preview == null ? "" : preview;
	}

	/** An event that is not about a room. */
	public AlertEvent(EventKind kind, BareJid from, String preview, boolean urgent, Instant at) {
		this(kind, from, preview, urgent, at, null);
	}

	/** The same event without its urgent mark, for an urgent mark the policy did not honour. */
	public AlertEvent withoutUrgentMark() {
		return urgent ? new AlertEvent(kind, from, preview, false, at, room) : this;
	}

	/** The conversation opening this alert shows: the room for group-chat events, else the sender. */
	public BareJid conversation() {
		return room != null ? room : from;
	}
}
