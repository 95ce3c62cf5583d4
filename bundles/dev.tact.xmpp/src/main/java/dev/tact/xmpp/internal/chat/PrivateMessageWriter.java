package dev.tact.xmpp.internal.chat;

import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.StanzaBuilder;
import org.jivesoftware.smackx.chatstates.ChatState;
import org.jivesoftware.smackx.chatstates.packet.ChatStateExtension;
import org.jivesoftware.smackx.muc.packet.MUCUser;
import org.jivesoftware.smackx.sid.element.OriginIdElement;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.jid.parts.Resourcepart;
import org.jxmpp.stringprep.XmppStringprepException;

import dev.tact.core.address.OccupantJid;
import dev.tact.core.chat.MessageId;
import dev.tact.xmpp.internal.connection.Jids;

/**
 * Writes a private message to one occupant of a room: a chat message to {@code room@service/nick} marked with an
 * empty {@code muc#user} element, as XEP-0045 §7.5 asks, so the other side's client files it with the room's private
 * chats and our other clients' carbons are recognisable; its id as stanza and origin id (XEP-0359).
 */
public final class PrivateMessageWriter {

	private PrivateMessageWriter() {
	}

	public static Message write(OccupantJid to, MessageId id, String body) {
		try {
			return StanzaBuilder.buildMessage(id.value())
					.to(JidCreate.entityFullFrom(Jids.entityBare(to.room()), Resourcepart.from(to.nick())))
					.ofType(Message.Type.chat)
					.addExtension(new XmlSafeBody(body))
					.addExtension(new OriginIdElement(id.value()))
					.addExtension(new ChatStateExtension(ChatState.active))
					.addExtension(new MUCUser())
					.build();
		} catch (XmppStringprepException e) {
			throw new IllegalArgumentException("'" + to.nick() + "' cannot be written to privately", e);
		}
	}
}
