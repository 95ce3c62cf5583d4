package dev.tact.xmpp.internal.connection;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import org.jivesoftware.smack.ConnectionConfiguration.SecurityMode;
import org.jivesoftware.smack.ReconnectionManager;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;
import org.jxmpp.stringprep.XmppStringprepException;

/** Builds a Smack connection from {@link ConnectionSettings}, enforcing the TLS policy before anything is sent. */
final class SmackConnectionFactory {

	private static final int CONNECT_TIMEOUT_MS = 10_000;
	private static final long REPLY_TIMEOUT_MS = 15_000;
	// Smack 4.4 has no SCRAM-SHA-256, and keeps SCRAM-SHA-1-PLUS off (its channel binding is not finished there).
	static final List<String> SCRAM_ONLY = List.of("SCRAM-SHA-1");

	private SmackConnectionFactory() {
	}

	static XMPPTCPConnection create(ConnectionSettings settings, String password, PinningTrustManager trust)
			throws ConnectFailure {
		SmackSetup.ensureInitialized();
		try {
			XMPPTCPConnectionConfiguration.Builder builder = XMPPTCPConnectionConfiguration.builder()
					.setXmppDomain(settings.account().domain())
					.setUsernameAndPassword(settings.account().local(), password)
					.setResource(settings.resource())
					.setConnectTimeout(CONNECT_TIMEOUT_MS)
					.setSendPresence(false);
			if (settings.tls() == TlsPolicy.PLAINTEXT_ON_LOOPBACK) {
				// The address checked is the address used: never the domain's SRV records, which may point anywhere.
				builder.setHostAddress(loopbackHost(settings));
			} else if (settings.host() != null && !settings.host().isEmpty()) {
				builder.setHostAddress(InetAddress.getByName(settings.host()));
			}
			if (settings.port() > 0) {
				builder.setPort(settings.port());
			}
			if (settings.tls() == TlsPolicy.PLAINTEXT_ON_LOOPBACK) {
				builder.setSecurityMode(SecurityMode.disabled);
			} else {
				builder.setSecurityMode(SecurityMode.required).setCustomX509TrustManager(trust);
				if (trust.hasPins()) {
					// A certificate the user pinned proves less than one an authority vouches for: never hand such a
					// server the password itself (PLAIN), only a SCRAM proof that is worthless to anyone else.
					builder.addEnabledSaslMechanism(SCRAM_ONLY);
				}
			}
			XMPPTCPConnection connection = new XMPPTCPConnection(builder.build());
			connection.setReplyTimeout(REPLY_TIMEOUT_MS);
			// Stream management with resumption (XEP-0198): a short drop resumes the stream and loses nothing.
			connection.setUseStreamManagement(true);
			connection.setUseStreamManagementResumption(true);
			// Tact reconnects itself (SmackConnectionPort), with its own backoff and state reporting.
			ReconnectionManager.getInstanceFor(connection).disableAutomaticReconnection();
			return connection;
		} catch (XmppStringprepException e) {
			throw new ConnectFailure(ConnectFailure.Kind.INVALID_SETTINGS,
					"'" + settings.account() + "' is not a valid XMPP address.", e);
		} catch (UnknownHostException e) {
			throw new ConnectFailure(ConnectFailure.Kind.UNKNOWN_HOST,
					"The server " + settings.host() + " cannot be found. Check its name.", e);
		}
	}

	/**
	 * The one address a plaintext connection may go to: the server named explicitly in the settings, resolved once,
	 * on this machine. Without a server name Smack would look up the domain's SRV records, so plaintext is refused.
	 */
	private static InetAddress loopbackHost(ConnectionSettings settings) throws ConnectFailure, UnknownHostException {
		String host = settings.host();
		if (host == null || host.isBlank()) {
			throw new ConnectFailure(ConnectFailure.Kind.INVALID_SETTINGS,
					"An unencrypted connection needs the server given explicitly (localhost or 127.0.0.1), so that it"
							+ " cannot be sent elsewhere.", null);
		}
		InetAddress address = InetAddress.getByName(host);
		if (!address.isLoopbackAddress()) {
			throw new ConnectFailure(ConnectFailure.Kind.INVALID_SETTINGS,
					"Plaintext is only allowed for a server on this machine; " + host + " is not.", null);
		}
		return address;
	}
}
