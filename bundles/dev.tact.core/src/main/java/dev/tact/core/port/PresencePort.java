package dev.tact.core.port;

import dev.tact.core.event.Registration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import dev.tact.core.presence.PresenceWire;

/**
 * Publishes our presence and hears our contacts'. Core encodes our {@link dev.tact.core.presence.Presence} with
 * {@link dev.tact.core.presence.OwnPresenceEncoder} before publishing, so what automation reveals ("Debugging" or
 * just "Busy") is decided in one place, and the XMPP layer only writes {@code show}, status and the extension.
 */
public interface PresencePort {

	CompletableFuture<Void> publish(PresenceWire presence);

	Registration addPeerPresenceListener(Consumer<PeerPresenceEvent> listener);
}
