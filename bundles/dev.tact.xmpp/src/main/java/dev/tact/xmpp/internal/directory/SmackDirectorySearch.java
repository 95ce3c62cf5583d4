package dev.tact.xmpp.internal.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jxmpp.jid.DomainBareJid;

import dev.tact.core.address.BareJid;
import dev.tact.core.port.DirectoryEntry;
import dev.tact.core.port.DirectorySearchPort;
import dev.tact.xmpp.internal.XmppAccountSession;
import dev.tact.xmpp.internal.muc.Blocking;

/**
 * Searches the server's user directory (XEP-0055) for people whose name, nickname or address matches the text. The
 * search service is found through service discovery, and asked first what it searches by:
 * <ul>
 * <li>a service that offers no data form (Prosody's mod_vjud) gets the old fields, each holding the text; it
 * matches them as substrings, any field sufficing;</li>
 * <li>a service that offers a form (ejabberd's mod_vcard) gets it filled in. ejabberd ANDs the fields it is given and
 * matches each exactly, or by prefix when the value ends in {@code *}; so each name field is asked on its own, as a
 * prefix, and the answers are merged.</li>
 * </ul>
 * Smack's {@code UserSearchManager} is not used: it rejects the servers' forms and its parser chokes on old-format
 * results; this sends the queries itself and parses the replies with {@link SearchIqProvider}.
 */
public final class SmackDirectorySearch implements DirectorySearchPort, AutoCloseable {

	/** mod_vjud ignores search text shorter than this. */
	public static final int MIN_TEXT_LENGTH = 2;
	/** The fields of a search form asked, one query each, in this order, when the form has them. */
	static final List<String> FORM_FIELDS = List.of("nick", "fn", "first", "last", "user", "email");

	private final XMPPConnection connection;
	private final Executor executor;
	private final ExecutorService ownedExecutor;
	private volatile DomainBareJid service;
	/** The service's form once asked for: empty when it offers none. */
	private volatile Optional<SearchForm> form;

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
			Optional<SearchForm> offered = form(to);
			List<String> fields = offered.map(f -> FORM_FIELDS.stream().filter(f::has).toList()).orElse(List.of());
			if (fields.isEmpty()) {
				return ask(to, SearchIq.oldFields(query)).entries();
			}
			String prefix = query.endsWith("*") ? query : query + "*";
			Map<BareJid, DirectoryEntry> found = new LinkedHashMap<>();
			for (String field : fields) {
				for (DirectoryEntry entry : ask(to, SearchIq.filled(offered.get(), field, prefix)).entries()) {
					found.putIfAbsent(entry.jid(), entry);
				}
			}
			return List.copyOf(found.values());
		});
	}

	private Optional<SearchForm> form(DomainBareJid to) throws Exception {
		Optional<SearchForm> known = form;
		if (known == null) {
			try {
				known = ask(to, SearchIq.formRequest()).form();
			} catch (XMPPException.XMPPErrorException refused) {
				known = Optional.empty(); // a service that will not say gets the old fields, as before
			}
			form = known;
		}
		return known;
	}

	private SearchIq ask(DomainBareJid to, SearchIq request) throws Exception {
		request.setTo(to);
		IQ reply = connection.createStanzaCollectorAndSend(request).nextResultOrThrow();
		return reply instanceof SearchIq result ? result : new SearchIq(List.of(), Optional.empty());
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
