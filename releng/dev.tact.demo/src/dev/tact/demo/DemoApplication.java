package dev.tact.demo;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import dev.tact.core.address.BareJid;
import dev.tact.core.port.AccountPorts;
import dev.tact.core.port.AccountSettings;
import dev.tact.core.port.ContactProfile;
import dev.tact.core.port.MemoryCredentialStore;
import dev.tact.core.presence.Presence;
import dev.tact.core.presence.PresenceState;
import dev.tact.core.presence.PresenceWire;
import dev.tact.core.presence.XmppShow;
import dev.tact.tests.harness.Await;
import dev.tact.tests.harness.ProsodyServer;
import dev.tact.xmpp.internal.backend.XmppBackend;

/**
 * The demo's headless side ({@code -application dev.tact.demo.teammates -state <dir>}): a throwaway Prosody on
 * loopback, an account for you and three teammates, your contacts set up, and an account file the IDE is started
 * with. Runs until stopped; stopping it stops the server.
 */
public final class DemoApplication implements IApplication {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);
	private final CountDownLatch stopped = new CountDownLatch(1);
	private final MemoryCredentialStore passwords = new MemoryCredentialStore();
	private final List<AccountPorts> open = new CopyOnWriteArrayList<>();

	@Override
	public Object start(IApplicationContext context) throws Exception {
		Path state = Path.of(argument(context, "-state").orElse(System.getProperty("java.io.tmpdir") + "/tact-demo"));
		Files.createDirectories(state);
		Files.deleteIfExists(state.resolve("demo.ready"));
		context.applicationRunning();
		ProsodyServer server = ProsodyServer.start();
		ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
		XmppBackend backend = new XmppBackend();
		try {
			BareJid you = register(server, "you");
			BareJid danaJid = register(server, "dana");
			Teammate dana = new Teammate("Dana", danaJid, connect(backend, server, danaJid), timer);
			BareJid leeJid = register(server, "lee");
			Teammate lee = new Teammate("Lee", leeJid, connect(backend, server, leeJid), timer);
			BareJid kimJid = register(server, "kim");
			Teammate kim = new Teammate("Kim", kimJid, connect(backend, server, kimJid), timer);
			dana.ports().saveProfile(new ContactProfile("Dana Scully", "Dana", "dana@example.org", null));
			lee.ports().saveProfile(new ContactProfile("Lee Adama", "Lee", "lee@example.org", null));
			kim.ports().saveProfile(new ContactProfile("Kim Varga", "Kim", "kim@example.org", null));
			setUpYourContacts(backend, server, you, Map.of(jid(dana), "Dana Scully", jid(lee), "Lee Adama"));
			kim.ports().roster().add(you, "You", Set.of()).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
			dana.alternate(Presence.of(PresenceState.AVAILABLE, "Reviewing pull requests"),
					Presence.of(PresenceState.IN_A_CALL, "Standup"), Duration.ofSeconds(90), Duration.ofSeconds(40));
			lee.wear(Presence.of(PresenceState.FOCUSING).withUntil(Instant.now().plus(Duration.ofMinutes(25))));
			timer.schedule(() -> lee.wear(Presence.available()), 25, TimeUnit.MINUTES);
			kim.wear(Presence.of(PresenceState.AWAY, "At lunch \u2014 back at half past"));
			DemoGroupChat.startWhenOnline(dana, lee, you, timer);
			writeAccountFile(state.resolve("account.properties"), server, you);
			Files.writeString(state.resolve("demo.ready"), "prosody pid " + server.pid() + "\n");
			System.out.println("Tact demo: server on 127.0.0.1:" + server.c2sPort() + ", you are " + you
					+ "; teammates dana, lee and kim are online.");
			Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
			stopped.await();
		} finally {
			timer.shutdownNow();
			open.forEach(AccountPorts::close);
			server.close();
			Files.deleteIfExists(state.resolve("demo.ready"));
		}
		return EXIT_OK;
	}

	@Override
	public void stop() {
		stopped.countDown();
	}

	private BareJid register(ProsodyServer server, String user) {
		byte[] random = new byte[12];
		new SecureRandom().nextBytes(random);
		String password = HexFormat.of().formatHex(random);
		server.register(user, password);
		BareJid jid = BareJid.parse(user + "@" + server.domain());
		passwords.save(jid, password.toCharArray());
		return jid;
	}

	private AccountPorts connect(XmppBackend backend, ProsodyServer server, BareJid account) throws Exception {
		AccountSettings settings = new AccountSettings(account, "demo", server.host(), server.c2sPort(), false);
		AccountPorts ports = backend.open(settings, passwords, Set.of(server.certificateSha256()));
		open.add(ports);
		ports.connection().connect(settings).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		return ports;
	}

	/** Signs in as you once, adds the teammates to "Team", and waits until they approved (their presence arrives). */
	private void setUpYourContacts(XmppBackend backend, ProsodyServer server, BareJid you, Map<BareJid, String> teammates)
			throws Exception {
		AccountSettings settings = new AccountSettings(you, "setup", server.host(), server.c2sPort(), false);
		try (AccountPorts ports = backend.open(settings, passwords, Set.of(server.certificateSha256()))) {
			Set<BareJid> seen = ConcurrentHashMap.newKeySet();
			ports.presence().addPeerPresenceListener(event -> seen.add(event.from().bare()));
			ports.connection().connect(settings).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
			// a server only tells a session about its contacts' presence once the session has announced its own
			ports.presence().publish(PresenceWire.standard(XmppShow.NONE, "")).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
			for (Map.Entry<BareJid, String> teammate : teammates.entrySet()) {
				ports.roster().add(teammate.getKey(), teammate.getValue(), Set.of("Team")).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
			}
			Await.until(TIMEOUT, "teammates approved", () -> seen.containsAll(teammates.keySet()));
		}
	}

	private void writeAccountFile(Path file, ProsodyServer server, BareJid you) throws IOException {
		Properties account = new Properties();
		account.setProperty("jid", you.toString());
		account.setProperty("password", new String(passwords.password(you).orElseThrow()));
		account.setProperty("host", server.host());
		account.setProperty("port", String.valueOf(server.c2sPort()));
		account.setProperty("pinnedCertificate", server.certificateSha256());
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			account.store(out, "Tact demo account; valid only while the demo server runs");
		}
	}

	private static BareJid jid(Teammate teammate) {
		return teammate.jid();
	}

	private static Optional<String> argument(IApplicationContext context, String name) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		for (int i = 0; args != null && i + 1 < args.length; i++) {
			if (name.equals(args[i])) {
				return Optional.of(args[i + 1]);
			}
		}
		return Optional.empty();
	}
}
