package dev.tact.tests.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * A real Prosody XMPP server for one test class: its own temporary directory, free loopback ports, a self-signed
 * certificate, accounts made on demand, stopped by PID. Nothing listens beyond 127.0.0.1.
 * <p>
 * Needs the Debian packages {@code prosody}, {@code prosody-modules} and {@code lua-sec}, and {@code openssl}.
 */
public final class ProsodyServer extends LoopbackServer {

	private static final SecureRandom SECRETS = new SecureRandom();

	/** The domain a server that relays large stanzas also hosts, as a hostile server's: see {@link #hostileComponent}. */
	public static final String HOSTILE_DOMAIN = "hostile.example";

	private final int stanzaLimitBytes;
	private final ProsodyConfig.HostileDomain hostile;

	private ProsodyServer(Path dir, boolean tls, int stanzaLimitBytes, boolean hostile) throws IOException {
		super(dir, tls);
		this.stanzaLimitBytes = stanzaLimitBytes;
		this.hostile = hostile ? new ProsodyConfig.HostileDomain(HOSTILE_DOMAIN, LoopbackPorts.free(),
				secret()) : null;
	}

	/** Starts a server that requires TLS, with a self-signed certificate for {@link #DOMAIN}. */
	public static ProsodyServer start() {
		return start(true);
	}

	/** Starts a server; {@code tls=false} gives one that offers no TLS at all (for negative tests). */
	public static ProsodyServer start(boolean tls) {
		return start(tls, false);
	}

	/**
	 * As {@link #start(boolean)}; {@code largeStanzas} raises the stanza size limit (see {@link RelaysLargeStanzas})
	 * and plays a hostile server in full: it also hosts {@link #HOSTILE_DOMAIN}, whose every address a test can write
	 * from through {@link #hostileComponent()}.
	 */
	public static ProsodyServer start(boolean tls, boolean largeStanzas) {
		Commands.require("prosody", "apt-get install prosody prosody-modules lua-sec");
		Commands.require("openssl", "apt-get install openssl");
		try {
			ProsodyServer server = new ProsodyServer(Files.createTempDirectory("tact-prosody-"), tls,
					largeStanzas ? RelaysLargeStanzas.BYTES : 0, largeStanzas);
			server.prepare();
			server.begin();
			return server;
		} catch (IOException e) {
			throw new UncheckedIOException("Could not prepare a throwaway Prosody", e);
		}
	}

	private void prepare() throws IOException {
		Files.createDirectories(directory().resolve("data"));
		Files.createDirectories(certificates());
		if (tls()) {
			SelfSignedCertificate.create(certificates(), DOMAIN);
		}
		ProsodyConfig config = new ProsodyConfig(directory(), DOMAIN, c2sPort(), httpPort(), tls(), 10L * 1024 * 1024,
				stanzaLimitBytes);
		Files.writeString(config(), (hostile == null ? config : config.withComponent(hostile)).render());
	}

	/**
	 * Restarts the server with a new self-signed certificate, as when its administrator replaces it or someone puts
	 * their own server in its place; clients connected lose their connection.
	 */
	public void replaceCertificate() {
		stop();
		try {
			SelfSignedCertificate.create(certificates(), DOMAIN);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		restart();
	}

	private static String secret() {
		byte[] bytes = new byte[16];
		SECRETS.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	/**
	 * Connects as the hostile domain's component: it writes as any address of {@link #HOSTILE_DOMAIN}, as a hostile
	 * server can. Only on a server started with {@code largeStanzas}.
	 */
	public HostileComponent hostileComponent() throws IOException {
		if (hostile == null) {
			throw new IllegalStateException("This server plays no hostile domain: start it with largeStanzas");
		}
		return HostileComponent.connect(hostile.port(), hostile.domain(), hostile.secret());
	}

	@Override
	ProcessBuilder command() {
		return new ProcessBuilder("prosody", "--config", config().toString(), "-F");
	}

	@Override
	boolean ready() {
		return LoopbackPorts.accepts(c2sPort());
	}

	@Override
	public ServerKind kind() {
		return ServerKind.PROSODY;
	}

	/** Registers {@code user} with {@code password}; works whether or not the server runs. */
	@Override
	public void register(String user, String password) {
		try {
			Commands.run(List.of("prosodyctl", "--config", config().toString(), "register", user, DOMAIN, password));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public Path log() {
		return directory().resolve("prosody.log");
	}

	private Path config() {
		return directory().resolve("prosody.cfg.lua");
	}
}
