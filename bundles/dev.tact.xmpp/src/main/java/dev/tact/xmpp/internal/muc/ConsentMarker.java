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
	/** Tact's ids are UUIDs; anything much longer is not one of ours. */
	private static final int MAX_ID_LENGTH = 64;

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

	/**
	 * The question a Tact peer asked, if {@code message} is one. A marker that is not well formed (no id, an id that
	 * is not one of ours, an invitee that is no address) is no question; the message is still shown as text.
	 */
	static Optional<ConsentAsk> askOf(RoomMessage message) {
		Optional<StandardExtensionElement> ask = marker(message.stanza()).filter(m -> ASK.equals(m.getAttributeValue("action")));
		if (ask.isEmpty()) {
			return Optional.empty();
		}
		String id = ask.get().getAttributeValue("id");
		String invitee = ask.get().getAttributeValue("invitee");
		if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH || invitee == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(new ConsentAsk(message.room(), id, message.nick(), BareJid.parse(invitee)));
		} catch (IllegalArgumentException notAnAddress) {
			return Optional.empty();
		}
	}

	private static Optional<StandardExtensionElement> marker(Message message) {
		ExtensionElement element = message.getExtensionElement(ELEMENT, NAMESPACE);
		return element instanceof StandardExtensionElement standard ? Optional.of(standard) : Optional.empty();
	}
}
