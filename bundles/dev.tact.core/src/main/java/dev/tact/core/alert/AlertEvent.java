package dev.tact.core.alert;

import dev.tact.core.address.BareJid;
import dev.tact.core.address.ChatAddress;
import dev.tact.core.address.OccupantJid;
import java.time.Instant;
import java.util.Objects;

/**
 * Something that arrived for the user: what kind, from whom, a preview of its text (never null; may be several
 * lines), whether the sender marked it urgent (XEP-0224 attention) and when it arrived. Used by the alert policy and
 * collected by a focus session's digest.
 *
 * @param from whose standing counts for this event (contact, priority, stranger): the sender's account, or for a
 *            private message from a room's occupant the room, as the occupant's real account is only the room's word
 * @param about the conversation opening the alert shows, when it is not {@code from}'s: the room of a group-chat
 *            event ({@link EventKind#INVITE}, {@link EventKind#GROUP_MENTION}), the occupant who wrote privately;
 *            null otherwise
 */
public record AlertEvent(EventKind kind, BareJid from, String preview, boolean urgent, Instant at, ChatAddress about) {

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
		return urgent ? new AlertEvent(kind, from, preview, false, at, about) : this;
	}

	/** The conversation opening this alert shows, and where a quick reply goes. */
	public ChatAddress conversation() {
		return about != null ? about : from;
	}

	/** Who wrote or asked: the occupant for a private message from a room, else {@link #from()}. */
	public ChatAddress sender() {
		return about instanceof OccupantJid occupant ? occupant : from;
	}

	/** The room a group-chat event is about, or a private message came through; null for anything else. */
	public BareJid room() {
		return about == null ? null : about.bare();
	}
}
