/**
 * The ports through which core talks to the outside world, implemented by the xmpp bundle (with Smack) and the ui
 * bundle (with Eclipse). No Smack or Eclipse type appears here.
 * <ul>
 * <li>Network operations return {@link java.util.concurrent.CompletableFuture}s and never block the caller; events
 * arrive through listeners registered with {@code add…Listener}, on the XMPP layer's threads (the UI hops to its
 * own thread). Each registration returns a {@link dev.tact.core.event.Registration} to remove it.</li>
 * <li>The clock port is {@link java.time.Clock}: core never calls {@code Instant.now()} or
 * {@code System.currentTimeMillis()}; tests pass a clock that moves only when told.</li>
 * <li>Delayed work goes through {@link dev.tact.core.time.TaskScheduler}, so nothing in core sleeps.</li>
 * <li>The events the XMPP layer raises are records: {@link dev.tact.core.port.IncomingMessageEvent},
 * {@link dev.tact.core.port.ReceiptEvent}, {@link dev.tact.core.port.ChatStateEvent},
 * {@link dev.tact.core.port.PeerPresenceEvent}, {@link dev.tact.core.contacts.SubscriptionRequest} and
 * {@link dev.tact.core.port.RoomInvitation}.</li>
 * </ul>
 */
package dev.tact.core.port;
