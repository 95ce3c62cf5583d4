package dev.tact.xmpp.internal.muc;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jivesoftware.smackx.disco.packet.DiscoverInfo;
import org.jxmpp.jid.DomainBareJid;

/**
 * Whether an address is a group chat service (XEP-0045 §6.2: disco#info with the MUC feature), asked once per
 * domain. A mediated invitation is only as good as its sender: anyone can send one that claims any inviter, so it is
 * believed only when it comes from a room on such a service.
 */
final class MucServices {

	private static final String MUC = "http://jabber.org/protocol/muc";
	/** A hostile server has endless domains; past this many, an unknown one is not asked about but refused. */
	static final int REMEMBERED = 256;

	private final XMPPConnection connection;
	private final Map<DomainBareJid, Boolean> known = new ConcurrentHashMap<>();

	MucServices(XMPPConnection connection) {
		this.connection = connection;
	}

	/** Blocks for one disco#info round trip the first time {@code domain} is asked about. */
	boolean isMucService(DomainBareJid domain) {
		Boolean answer = known.get(domain);
		if (answer != null) {
			return answer;
		}
		if (known.size() >= REMEMBERED) {
			return false;
		}
		boolean muc = ask(domain);
		known.put(domain, muc);
		return muc;
	}

	private boolean ask(DomainBareJid domain) {
		try {
			DiscoverInfo info = ServiceDiscoveryManager.getInstanceFor(connection).discoverInfo(domain);
			return info.containsFeature(MUC) && info.hasIdentity("conference", "text");
		} catch (Exception e) {
			return false; // no answer, an error, or not connected: not shown as a room's invitation
		}
	}
}
