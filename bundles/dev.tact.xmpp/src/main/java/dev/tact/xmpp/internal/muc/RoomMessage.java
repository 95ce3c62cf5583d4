package dev.tact.xmpp.internal.muc;

import org.jivesoftware.smack.packet.Message;

import dev.tact.core.address.BareJid;

/**
 * A groupchat message as the room delivered it: the sender's nick, the stanza, and whether it is old (discussion
 * history sent on join, marked with a {@code delay}).
 */
record RoomMessage(BareJid room, String nick, Message stanza, boolean fromHistory) {
}
