package dev.tact.xmpp.internal.presence;

import java.util.Date;

import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.packet.PresenceBuilder;
import org.jivesoftware.smack.packet.StanzaFactory;
import org.jivesoftware.smackx.last_interaction.element.IdleElement;

import dev.tact.core.presence.PresenceWire;
import dev.tact.xmpp.internal.XmlCharacters;
import dev.tact.core.presence.XmppShow;

/**
 * Translates between core's {@link PresenceWire} and Smack presence stanzas: {@code show}, status, XEP-0319 idle
 * and Tact's extension. Reading never throws: a peer's presence is data, not instructions.
 */
public final class PresenceWireCodec {

	private static final int MAX_STATUS_LENGTH = 1024;

	private PresenceWireCodec() {
	}

	public static Presence encode(PresenceWire wire, StanzaFactory factory) {
		PresenceBuilder builder = factory.buildPresenceStanza();
		if (wire.show() == XmppShow.UNAVAILABLE) {
			return builder.ofType(Presence.Type.unavailable).build();
		}
		builder.ofType(Presence.Type.available).setMode(mode(wire.show()));
		if (!wire.status().isEmpty()) {
			builder.setStatus(XmlCharacters.legal(wire.status()));
		}
		if (wire.idleSince() != null) {
			builder.addExtension(new IdleElement(Date.from(wire.idleSince())));
		}
		if (wire.hasTactExtension()) {
			builder.addExtension(new TactPresenceExtension(wire.tactState(), wire.activity(), wire.until()));
		}
		return builder.build();
	}

	public static PresenceWire decode(Presence presence) {
		if (presence.getType() != Presence.Type.available) {
			return PresenceWire.standard(XmppShow.UNAVAILABLE, bounded(presence.getStatus()));
		}
		XmppShow show = show(presence.getMode());
		String status = bounded(presence.getStatus());
		IdleElement idle = presence.getExtension(IdleElement.QNAME) instanceof IdleElement e ? e : null;
		TactPresenceExtension tact = presence.getExtension(TactPresenceExtension.QNAME) instanceof TactPresenceExtension t
				? t
				: null;
		return new PresenceWire(show, status, tact == null ? null : tact.state(), tact == null ? null : tact.activity(),
				tact == null ? null : tact.until(),
				idle == null || idle.getSince() == null ? null : idle.getSince().toInstant());
	}

	private static Presence.Mode mode(XmppShow show) {
		return switch (show) {
			case CHAT -> Presence.Mode.chat;
			case AWAY -> Presence.Mode.away;
			case XA -> Presence.Mode.xa;
			case DND -> Presence.Mode.dnd;
			default -> Presence.Mode.available;
		};
	}

	private static XmppShow show(Presence.Mode mode) {
		if (mode == null) {
			return XmppShow.NONE;
		}
		return switch (mode) {
			case chat -> XmppShow.CHAT;
			case away -> XmppShow.AWAY;
			case xa -> XmppShow.XA;
			case dnd -> XmppShow.DND;
			default -> XmppShow.NONE;
		};
	}

	private static String bounded(String status) {
		if (status == null) {
			return "";
		}
		return status.length() > MAX_STATUS_LENGTH ? status.substring(0, MAX_STATUS_LENGTH) : status;
	}
}
