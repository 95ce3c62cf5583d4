package dev.tact.core.port;

import java.util.Optional;

import dev.tact.core.address.BareJid;

/**
 * One message in a room, as an invitation round reads it.
 *
 * @param room the room
 * @param nick who said it (empty for the room itself)
 * @param body what they said, or null when the message has no body
 * @param objectionTo the round a Tact peer's objection marker names, if it carries one
 * @param fromHistory whether it is the room's history replayed on entering, not something said now
 */
public record RoomTalk(BareJid room, String nick, String body, Optional<String> objectionTo, boolean fromHistory) {
}
