package dev.tact.xmpp.internal.chat;

import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.MessageBuilder;
import org.jivesoftware.smack.packet.StandardExtensionElement;
import org.jivesoftware.smack.packet.StanzaBuilder;
import org.jivesoftware.smackx.attention.packet.AttentionExtension;
import org.jivesoftware.smackx.chatstates.ChatState;
import org.jivesoftware.smackx.chatstates.packet.ChatStateExtension;
import org.jivesoftware.smackx.message_correct.element.MessageCorrectExtension;
import org.jivesoftware.smackx.receipts.DeliveryReceiptRequest;
import org.jivesoftware.smackx.sid.element.OriginIdElement;

import dev.tact.core.chat.OutgoingMessage;
import dev.tact.core.files.SharedFile;
import dev.tact.xmpp.internal.connection.Jids;

/**
 * Writes an {@link OutgoingMessage} as a stanza: its id as both stanza id and origin id (XEP-0359), so every resend
 * carries the same id; a receipt request (XEP-0184); a correction (XEP-0308) and an attention request (XEP-0224)
 * when asked for; the active chat state (XEP-0085); and, when the message shares a file (its text is the upload
 * link), an out-of-band element (XEP-0066) so other clients show a file rather than a bare link.
 */
public final class OutgoingMessageWriter {

	/** XEP-0066's namespace for out-of-band data on messages. */
	public static final String OOB_NAMESPACE = "jabber:x:oob";

	private OutgoingMessageWriter() {
	}

	public static Message write(OutgoingMessage message) {
		String id = message.id().value();
		MessageBuilder builder = StanzaBuilder.buildMessage(id)
				.to(Jids.entityBare(message.to()))
				.ofType(message.groupChat() ? Message.Type.groupchat : Message.Type.chat);
		builder.addExtension(new XmlSafeBody(message.body()));
		builder.addExtension(new OriginIdElement(id));
		if (!message.groupChat()) {
			builder.addExtension(new DeliveryReceiptRequest());
			builder.addExtension(new ChatStateExtension(ChatState.active));
		}
		if (message.replaces() != null) {
			builder.addExtension(new MessageCorrectExtension(message.replaces().value()));
		}
		if (SharedFile.in(message.body()).isPresent()) {
			builder.addExtension(StandardExtensionElement.builder("x", OOB_NAMESPACE)
					.addElement("url", message.body().strip()).build());
		}
		if (message.urgent()) {
			builder.addExtension(new AttentionExtension());
		}
		return builder.build();
	}
}
