package dev.tact.xmpp.internal.muc;

import java.util.Optional;

import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.StandardExtensionElement;

import dev.tact.core.address.BareJid;
import dev.tact.core.port.ConsentAsk;

/**
 * The small element Tact puts on the room messages of an invitation round, so that Tact peers can show the question
 * with an "Object" button and answer it precisely; other clients read the plain text body instead.
 * <pre>{@code <consent xmlns='urn:tact:invite-consent:0' action='ask' id='…' invitee='dana@example.org'/>}</pre>
 * <pre>{@code <consent xmlns='urn:tact:invite-consent:0' action='object' id='…'/>}</pre>
 * Smack keeps unknown elements as {@link StandardExtensionElement}s, so no provider is needed.
 */
public final class ConsentMarker {

	public static final String ELEMENT = "consent";
	public static final String NAMESPACE = "urn:tact:invite-consent:0";

	private static final String ASK = "ask";
	private static final String OBJECT = "object";

	private ConsentMarker() {
	}

	static StandardExtensionElement ask(String id, BareJid invitee) {
		return StandardExtensionElement.builder(ELEMENT, NAMESPACE).addAttribute("action", ASK).addAttribute("id", id)
				.addAttribute("invitee", invitee.toString()).build();
	}

	static StandardExtensionElement objection(String id) {
		return StandardExtensionElement.builder(ELEMENT, NAMESPACE).addAttribute("action", OBJECT)
				.addAttribute("id", id).build();
	}

	/** The round a Tact objection refers to, if {@code message} is one. */
	static Optional<String> objectionId(Message message) {
		return marker(message).filter(m -> OBJECT.equals(m.getAttributeValue("action")))
				.map(m -> m.getAttributeValue("id"));
	}

	/** The question a Tact peer asked, if {@code message} is one. */
	static Optional<ConsentAsk> askOf(RoomMessage message) {
		return marker(message.stanza()).filter(m -> ASK.equals(m.getAttributeValue("action")))
				.filter(m -> m.getAttributeValue("id") != null && m.getAttributeValue("invitee") != null)
				.map(m -> new ConsentAsk(message.room(), m.getAttributeValue("id"), message.nick(),
						BareJid.parse(m.getAttributeValue("invitee"))));
	}

	private static Optional<StandardExtensionElement> marker(Message message) {
		ExtensionElement element = message.getExtensionElement(ELEMENT, NAMESPACE);
		return element instanceof StandardExtensionElement standard ? Optional.of(standard) : Optional.empty();
	}
}
