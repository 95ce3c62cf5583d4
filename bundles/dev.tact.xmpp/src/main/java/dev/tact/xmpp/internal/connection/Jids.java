package dev.tact.xmpp.internal.connection;

import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;

import dev.tact.core.address.BareJid;
import dev.tact.core.address.FullJid;

/** Converts between core's addresses and jxmpp's, leniently for what peers send. */
public final class Jids {

	private Jids() {
	}

	/** Core's address as a jxmpp entity bare JID; an invalid address is an {@link IllegalArgumentException}. */
	public static EntityBareJid entityBare(BareJid address) {
		try {
			return JidCreate.entityBareFrom(address.toString());
		} catch (XmppStringprepException e) {
			throw new IllegalArgumentException("'" + address + "' is not a valid XMPP address", e);
		}
	}

	/** The bare part of {@code jid}, or null when it is missing or not something core can hold. */
	public static BareJid bare(Jid jid) {
		if (jid == null) {
			return null;
		}
		try {
			return BareJid.parse(jid.asBareJid().toString());
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	/** {@code jid} with its resource, or null when it is missing or not something core can hold. */
	public static FullJid full(Jid jid) {
		if (jid == null) {
			return null;
		}
		try {
			BareJid bare = BareJid.parse(jid.asBareJid().toString());
			return new FullJid(bare, jid.getResourceOrEmpty().toString());
		} catch (IllegalArgumentException e) {
			return null;
		}
	}
}
