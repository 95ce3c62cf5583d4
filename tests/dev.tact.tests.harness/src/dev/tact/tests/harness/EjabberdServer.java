package dev.tact.tests.harness;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A real ejabberd for one test class, like {@link ProsodyServer}: its own temporary directory (configuration, SQLite
 * database, Mnesia spool, uploads, logs), free loopback ports for client connections and for HTTP (uploads and the
 * admin API that makes accounts), a self-signed certificate, stopped by PID.
 * <p>
 * The Erlang VM is started directly ({@code erl -s ejabberd}, in the foreground, not through ejabberdctl, which would
 * switch to the {@code ejabberd} system user) and without a node name: with distribution off it neither starts nor
 * asks an EPMD and opens no distribution port, so nothing collides with other test runs or with a system ejabberd.
 * It is ready when its log says it "is started" and both ports accept connections.
 * <p>
 * Needs the Debian packages {@code ejabberd} and {@code erlang-p1-sqlite3}, and {@code openssl}.
 */
public final class EjabberdServer extends LoopbackServer {

	private static final String INSTALL = "apt-get install ejabberd erlang-p1-sqlite3";
	private static final String STARTED = " is started in the node ";

	/** ejabberd itself has no limit unless configured; the configuration Debian and ejabberd ship sets this one. */
	private static final int PACKAGED_STANZA_LIMIT = 256 * 1024;

	private final Path libraries;
	private final EjabberdAdminApi api;
	private final int stanzaLimitBytes;
	private long logOffset;

	private EjabberdServer(Path dir, boolean tls, Path libraries, int stanzaLimitBytes) throws IOException {
		super(dir, tls);
		this.libraries = libraries;
		this.stanzaLimitBytes = stanzaLimitBytes;
		this.api = new EjabberdAdminApi(host(), httpPort());
	}

	/** Starts a server that requires TLS, with a self-signed certificate for {@link #DOMAIN}. */
	public static EjabberdServer start() {
		return start(true);
	}

	/** Starts a server; {@code tls=false} gives one that offers no TLS at all (for negative tests). */
	public static EjabberdServer start(boolean tls) {
		return start(tls, false);
	}

	/** As {@link #start(boolean)}; {@code largeStanzas} raises the stanza size limit (see {@link RelaysLargeStanzas}). */
	public static EjabberdServer start(boolean tls, boolean largeStanzas) {
		Commands.require("erl", INSTALL);
		Commands.require("openssl", "apt-get install openssl");
		Path libraries = ejabberdLibraries().orElseThrow(() -> new IllegalStateException(
				"ejabberd is not installed under /usr/lib; on Debian: " + INSTALL));
		if (!hasSqlite()) {
			throw new IllegalStateException("ejabberd's SQLite driver is not installed; on Debian: " + INSTALL);
		}
		try {
			EjabberdServer server = new EjabberdServer(Files.createTempDirectory("tact-ejabberd-"), tls, libraries,
					largeStanzas ? RelaysLargeStanzas.BYTES : PACKAGED_STANZA_LIMIT);
			server.prepare();
			server.begin();
			return server;
		} catch (IOException e) {
			throw new UncheckedIOException("Could not prepare a throwaway ejabberd", e);
		}
	}

	private void prepare() throws IOException {
		Files.createDirectories(directory().resolve("spool"));
		Files.createDirectories(directory().resolve("upload"));
		Files.createDirectories(certificates());
		SelfSignedCertificate certificate = tls() ? SelfSignedCertificate.create(certificates(), DOMAIN) : null;
		Files.writeString(config(),
				new EjabberdConfig(directory(), DOMAIN, c2sPort(), httpPort(), certificate, 10L * 1024 * 1024, stanzaLimitBytes)
						.render());
	}

	@Override
	ProcessBuilder command() {
		ProcessBuilder builder = new ProcessBuilder("erl", "-noinput", "-mnesia", "dir",
				"\"" + directory().resolve("spool") + "\"", "-s", "ejabberd");
		builder.directory(directory().toFile());
		Map<String, String> env = builder.environment();
		// Flags a developer's shell may carry (a node name, say) must not reach this VM.
		env.remove("ERL_FLAGS");
		env.remove("ERL_AFLAGS");
		env.remove("ERL_ZFLAGS");
		env.put("ERL_LIBS", libraries.toString());
		env.put("EJABBERD_CONFIG_PATH", config().toString());
		env.put("EJABBERD_LOG_PATH", log().toString());
		env.put("ERL_CRASH_DUMP", directory().resolve("erl_crash.dump").toString());
		// ~/.erlang and ejabberd's contributed modules are looked up under HOME: keep them in the directory.
		env.put("HOME", directory().toString());
		return builder;
	}

	@Override
	void beforeLaunch() throws IOException {
		logOffset = Files.exists(log()) ? Files.size(log()) : 0;
	}

	/** "is started" comes before the listeners open, hence the port checks too. */
	@Override
	boolean ready() {
		return loggedSinceLaunch(STARTED) && LoopbackPorts.accepts(c2sPort()) && LoopbackPorts.accepts(httpPort());
	}

	@Override
	public ServerKind kind() {
		return ServerKind.EJABBERD;
	}

	/** Registers {@code user} with {@code password} over the admin API; the server must be running. */
	@Override
	public void register(String user, String password) {
		try {
			api.register(user, DOMAIN, password);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public Path log() {
		return directory().resolve("ejabberd.log");
	}

	private Path config() {
		return directory().resolve("ejabberd.yml");
	}

	private boolean loggedSinceLaunch(String text) {
		if (!Files.exists(log())) {
			return false;
		}
		try (RandomAccessFile file = new RandomAccessFile(log().toFile(), "r")) {
			long length = file.length();
			if (length <= logOffset) {
				return false;
			}
			byte[] added = new byte[(int) Math.min(length - logOffset, 16L * 1024 * 1024)];
			file.seek(logOffset);
			file.readFully(added);
			return new String(added, StandardCharsets.UTF_8).contains(text);
		} catch (IOException e) {
			return false;
		}
	}

	/** The folder that holds {@code ejabberd-<version>/ebin}: Debian puts it under /usr/lib/<triplet>/. */
	private static Optional<Path> ejabberdLibraries() {
		try (Stream<Path> dirs = Files.list(Path.of("/usr/lib"))) {
			return dirs.filter(Files::isDirectory).filter(EjabberdServer::holdsEjabberd).findFirst();
		} catch (IOException e) {
			return Optional.empty();
		}
	}

	private static boolean holdsEjabberd(Path dir) {
		try (Stream<Path> children = Files.list(dir)) {
			return children.anyMatch(c -> c.getFileName().toString().startsWith("ejabberd-")
					&& Files.exists(c.resolve("ebin/ejabberd.app")));
		} catch (IOException e) {
			return false;
		}
	}

	private static boolean hasSqlite() {
		try (Stream<Path> libs = Files.list(Path.of("/usr/lib/erlang/lib"))) {
			return libs.anyMatch(l -> l.getFileName().toString().startsWith("p1_sqlite3-"));
		} catch (IOException e) {
			return false;
		}
	}
}
