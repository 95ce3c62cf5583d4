package dev.tact.core.port;

import java.time.Instant;
import java.util.Objects;

import dev.tact.core.address.BareJid;

/** Someone invited us into a group chat room. */
public record RoomInvitation(BareJid room, BareJid from, String reason, Instant receivedAt) {

	public RoomInvitation {
		Objects.requireNonNull(room, "room");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(receivedAt, "receivedAt");
		reason = reason == null ? "" : reason;
	}
}
