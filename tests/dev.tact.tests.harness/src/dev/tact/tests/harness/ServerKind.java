package dev.tact.tests.harness;

import java.util.Locale;

/**
 * The XMPP servers the tests run against. The system property {@value #PROPERTY} ({@code prosody}, the default, or
 * {@code ejabberd}) chooses the one {@link XmppServerExtension} starts, so one test class runs against either.
 */
public enum ServerKind {

	PROSODY("Prosody") {
		@Override
		public XmppTestServer start(boolean tls, boolean largeStanzas) {
			return ProsodyServer.start(tls, largeStanzas);
		}
	},
	EJABBERD("ejabberd") {
		@Override
		public XmppTestServer start(boolean tls, boolean largeStanzas) {
			return EjabberdServer.start(tls, largeStanzas);
		}
	};

	public static final String PROPERTY = "tact.server";

	private final String displayName;

	ServerKind(String displayName) {
		this.displayName = displayName;
	}

	/** The kind named by {@value #PROPERTY}, Prosody when it is unset. */
	public static ServerKind chosen() {
		String name = System.getProperty(PROPERTY, "").strip();
		if (name.isEmpty()) {
			return PROSODY;
		}
		try {
			return valueOf(name.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("-D" + PROPERTY + "=" + name + " names no test server; use prosody or ejabberd", e);
		}
	}

	/**
	 * Starts a server of this kind; {@code tls=false} gives one that offers no TLS at all (for negative tests),
	 * {@code largeStanzas} one that relays stanzas past the usual size limit (see {@link RelaysLargeStanzas}).
	 */
	public abstract XmppTestServer start(boolean tls, boolean largeStanzas);

	/** Starts a server of this kind at its usual stanza size limit. */
	public XmppTestServer start(boolean tls) {
		return start(tls, false);
	}

	/** Starts a server of this kind that requires TLS. */
	public XmppTestServer start() {
		return start(true);
	}

	/** The server's name as its makers write it, for messages. */
	public String displayName() {
		return displayName;
	}

	/** The value of {@value #PROPERTY} that chooses this kind. */
	@Override
	public String toString() {
		return name().toLowerCase(Locale.ROOT);
	}
}
