package dev.tact.core.port;

import dev.tact.core.address.BareJid;

/**
 * Someone in a room asked whether it is OK to invite {@code invitee}; a Tact peer shows it with an "Object" button
 * that calls {@link GroupChatPort#object(ConsentAsk)}.
 *
 * @param room the room
 * @param id the round's id, echoed in an objection
 * @param askerNick who asked
 * @param invitee whom they want to invite
 */
public record ConsentAsk(BareJid room, String id, String askerNick, BareJid invitee) {
}
