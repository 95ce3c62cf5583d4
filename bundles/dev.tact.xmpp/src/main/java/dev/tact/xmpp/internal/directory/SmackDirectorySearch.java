package dev.tact.xmpp.internal.directory;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jxmpp.jid.DomainBareJid;

import dev.tact.core.port.DirectoryEntry;
import dev.tact.core.port.DirectorySearchPort;
import dev.tact.xmpp.internal.XmppAccountSession;
import dev.tact.xmpp.internal.muc.Blocking;

/**
 * Searches the server's user directory (XEP-0055), e.g. Prosody's mod_vjud. The search service is found through
 * service discovery. Smack's {@code UserSearchManager} is not used: it rejects the servers' forms and its parser
 * chokes on old-format results; this sends the query itself and parses the reply with {@link SearchIqProvider}.
 */
public final class SmackDirectorySearch implements DirectorySearchPort, AutoCloseable {

	/** mod_vjud ignores search text shorter than this. */
	public static final int MIN_TEXT_LENGTH = 2;

	private final XMPPConnection connection;
	private final Executor executor;
	private final ExecutorService ownedExecutor;
	private volatile DomainBareJid service;

	public SmackDirectorySearch(XmppAccountSession session) {
		this(session.smackConnection().orElseThrow(() -> new IllegalStateException("Sign in first.")), null);
	}

	/** @param executor where blocking calls run; null for a private pool that {@link #close()} shuts down */
	public SmackDirectorySearch(XMPPConnection connection, Executor executor) {
		this.connection = Objects.requireNonNull(connection, "connection");
		this.ownedExecutor = executor == null ? Executors.newCachedThreadPool(SmackDirectorySearch::daemon) : null;
		this.executor = executor == null ? ownedExecutor : executor;
		SearchIqProvider.register();
	}

	@Override
	public CompletableFuture<List<DirectoryEntry>> search(String text) {
		String query = text == null ? "" : text.strip();
		if (query.length() < MIN_TEXT_LENGTH) {
			return CompletableFuture.failedFuture(new IllegalArgumentException(
					"Type at least " + MIN_TEXT_LENGTH + " characters to search the directory."));
		}
		return Blocking.run(executor, "search the directory", () -> {
			DomainBareJid to = service();
			if (to == null) {
				return List.<DirectoryEntry>of();
			}
			SearchIq request = new SearchIq(query);
			request.setTo(to);
			IQ reply = connection.createStanzaCollectorAndSend(request).nextResultOrThrow();
			return reply instanceof SearchIq result ? result.entries() : List.<DirectoryEntry>of();
		});
	}

	@Override
	public void close() {
		if (ownedExecutor != null) {
			ownedExecutor.shutdownNow();
		}
	}

	private DomainBareJid service() throws Exception {
		DomainBareJid known = service;
		if (known == null) {
			List<DomainBareJid> found = ServiceDiscoveryManager.getInstanceFor(connection)
					.findServices(SearchIq.NAMESPACE, true, true);
			known = found.isEmpty() ? null : found.get(0);
			service = known;
		}
		return known;
	}

	private static Thread daemon(Runnable task) {
		Thread thread = new Thread(task, "tact-directory");
		thread.setDaemon(true);
		return thread;
	}
}
