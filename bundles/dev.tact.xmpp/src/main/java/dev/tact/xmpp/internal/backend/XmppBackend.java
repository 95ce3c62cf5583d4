package dev.tact.xmpp.internal.backend;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import dev.tact.core.port.AccountPorts;
import dev.tact.core.port.AccountSettings;
import dev.tact.core.port.CredentialStore;
import dev.tact.core.port.MessagingBackend;
import dev.tact.xmpp.internal.XmppAccountSession;
import dev.tact.xmpp.internal.connection.CertificatePins;

/** Tact's messaging over XMPP, offered to the UI as an OSGi service so the UI depends only on core's ports. */
@Component(service = MessagingBackend.class)
public final class XmppBackend implements MessagingBackend {

	private final ExecutorService adapters = Executors.newCachedThreadPool(runnable -> {
		Thread thread = new Thread(runnable, "tact-xmpp-adapters");
		thread.setDaemon(true);
		return thread;
	});

	@Override
	public AccountPorts open(AccountSettings settings, CredentialStore credentials, Set<String> trustedCertificates) {
		CertificatePins pins = new CertificatePins();
		trustedCertificates.forEach(sha256 -> pins.pin(settings.account(), sha256));
		XmppAccountSession session = XmppAccountSession.create(settings.account(), credentials, pins,
				rosterStore(settings.account().toString()));
		return portsOf(session);
	}

	/**
	 * Core's view of {@code session}: its ports plus group chat, files, directory and cards. Call it before the
	 * session first connects, so that those follow every login.
	 */
	public AccountPorts portsOf(XmppAccountSession session) {
		return new XmppAccountPorts(session, new LoginScopedAdapters(adapters, Clock.systemUTC()));
	}

	/** Each account's roster lives in this bundle's data area, so the next login only fetches what changed. */
	private static Path rosterStore(String account) {
		Bundle bundle = FrameworkUtil.getBundle(XmppBackend.class);
		File dir = bundle == null ? null : bundle.getDataFile("rosters/" + account.replaceAll("[^A-Za-z0-9@._-]", "_"));
		return dir == null ? null : dir.toPath();
	}

	@Deactivate
	void deactivate() {
		adapters.shutdownNow();
	}
}
