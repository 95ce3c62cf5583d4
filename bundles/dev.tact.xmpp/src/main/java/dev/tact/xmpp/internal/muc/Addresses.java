package dev.tact.xmpp.internal.muc;

import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.jid.parts.Resourcepart;
import org.jxmpp.stringprep.XmppStringprepException;

import dev.tact.core.address.BareJid;

/** Converts between core's {@link BareJid} and Smack's address types; invalid input becomes a user-readable error. */
public final class Addresses {

	private Addresses() {
	}

	/** The Smack form of an account or room address. */
	public static EntityBareJid entity(BareJid address) {
		try {
			return JidCreate.entityBareFrom(address.toString());
		} catch (XmppStringprepException e) {
			throw new IllegalArgumentException("'" + address + "' is not a valid XMPP address", e);
		}
	}

	/** The bare address of any Smack address, or null for null. */
	public static BareJid bare(Jid jid) {
		return jid == null ? null : BareJid.parse(jid.asBareJid().toString());
	}

	/** A nick as Smack wants it. */
	public static Resourcepart nick(String nick) {
		try {
			return Resourcepart.from(nick.strip());
		} catch (XmppStringprepException e) {
			throw new IllegalArgumentException("'" + nick + "' cannot be used as a nick", e);
		}
	}
}
