package dev.tact.core.port;

import dev.tact.core.event.Registration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** Connects to the XMPP server and reports the connection state. */
public interface ConnectionPort {

	/**
	 * Connects and logs in. Completes when connected; completes exceptionally with a message the user can read if
	 * it fails (the state then becomes {@link ConnectionState#FAILED} with the same reason).
	 */
	CompletableFuture<Void> connect(AccountSettings settings);

	/** Logs out and closes the connection; completes when closed. */
	CompletableFuture<Void> disconnect();

	ConnectionStatus status();

	/** The listener hears every state change, on the XMPP layer's thread. */
	Registration addStatusListener(Consumer<ConnectionStatus> listener);
}
