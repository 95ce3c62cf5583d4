package dev.tact.xmpp.internal.presence;

import java.util.List;
import java.util.function.BooleanSupplier;

import org.jivesoftware.smack.iqrequest.IQRequestHandler;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smack.roster.Roster;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.jxmpp.jid.Jid;

import dev.tact.xmpp.internal.connection.ConnectionLifecycle;

/**
 * While the user appears offline, a client that answers pings, service discovery or version requests tells anyone
 * who asks that it is there. So those requests get "service unavailable" (what a server answers for a resource that
 * is not online) unless they come from our own server or account, a contact, or a room we are in.
 */
public final class StrangerIqGuard implements ConnectionLifecycle {

	/** The requests Smack answers by itself: ping, disco#info, disco#items, software version. */
	private static final List<String[]> GUARDED = List.of(new String[] { "ping", "urn:xmpp:ping" },
			new String[] { "query", "http://jabber.org/protocol/disco#info" },
			new String[] { "query", "http://jabber.org/protocol/disco#items" },
			new String[] { "query", "jabber:iq:version" });

	private final BooleanSupplier appearingOffline;

	public StrangerIqGuard(BooleanSupplier appearingOffline) {
		this.appearingOffline = appearingOffline;
	}

	@Override
	public void created(XMPPTCPConnection connection) {
		for (String[] request : GUARDED) {
			IQRequestHandler answering = connection.unregisterIQRequestHandler(request[0], request[1], IQ.Type.get);
			if (answering != null) {
				connection.registerIQRequestHandler(new Guarded(connection, answering));
			}
		}
	}

	private boolean mayKnowWeAreHere(XMPPTCPConnection connection, Jid from) {
		if (from == null || !appearingOffline.getAsBoolean()) {
			return true;
		}
		if (from.equals(connection.getXMPPServiceDomain()) || from.asBareJid().equals(connection.getUser().asBareJid())) {
			return true;
		}
		return Roster.getInstanceFor(connection).getEntry(from.asBareJid()) != null
				|| MultiUserChatManager.getInstanceFor(connection).getJoinedRooms().contains(from.asEntityBareJidIfPossible());
	}

	/** Smack's own handler for one request, asked only when the sender may know we are here. */
	private final class Guarded implements IQRequestHandler {

		private final XMPPTCPConnection connection;
		private final IQRequestHandler answering;

		Guarded(XMPPTCPConnection connection, IQRequestHandler answering) {
			this.connection = connection;
			this.answering = answering;
		}

		@Override
		public IQ handleIQRequest(IQ request) {
			if (mayKnowWeAreHere(connection, request.getFrom())) {
				return answering.handleIQRequest(request);
			}
			return IQ.createErrorResponse(request, StanzaError.Condition.service_unavailable);
		}

		@Override
		public Mode getMode() {
			return answering.getMode();
		}

		@Override
		public IQ.Type getType() {
			return answering.getType();
		}

		@Override
		public String getElement() {
			return answering.getElement();
		}

		@Override
		public String getNamespace() {
			return answering.getNamespace();
		}
	}
}
