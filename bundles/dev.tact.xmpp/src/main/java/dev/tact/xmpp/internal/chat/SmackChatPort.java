package dev.tact.xmpp.internal.chat;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.jivesoftware.smack.filter.StanzaTypeFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.carbons.CarbonManager;
import org.jivesoftware.smackx.carbons.packet.CarbonExtension;
import org.jivesoftware.smackx.chat_markers.element.ChatMarkersElements.DisplayedExtension;
import org.jivesoftware.smackx.chatstates.packet.ChatStateExtension;
import org.jivesoftware.smackx.mam.element.MamElements.MamResultExtension;
import org.jivesoftware.smackx.receipts.DeliveryReceipt;
import org.jivesoftware.smackx.receipts.DeliveryReceiptManager;
import org.jivesoftware.smackx.receipts.DeliveryReceiptRequest;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.ChatState;
import dev.tact.core.chat.DeliveryState;
import dev.tact.core.chat.MessageId;
import dev.tact.core.chat.MessagePage;
import dev.tact.core.chat.OutgoingMessage;
import dev.tact.core.port.ChatListener;
import dev.tact.core.port.ChatPort;
import dev.tact.core.port.MessageSource;
import dev.tact.core.event.Registration;
import dev.tact.xmpp.internal.connection.ConnectionLifecycle;
import dev.tact.xmpp.internal.connection.Jids;
import dev.tact.xmpp.internal.connection.SessionEvents;
import dev.tact.xmpp.internal.connection.SmackConnectionPort;

/**
 * {@link ChatPort} over Smack for one-to-one chat: origin ids, receipts (answered automatically), chat states,
 * corrections, attention, carbons and archive catch-up after a reconnect that could not resume the stream. Sends
 * go out in order on one sender thread; incoming stanzas are handed from Smack's reader to the session's event
 * thread at once.
 */
public final class SmackChatPort implements ChatPort, ConnectionLifecycle {

	private static final Logger LOG = Logger.getLogger(SmackChatPort.class.getName());

	private final SmackConnectionPort connections;
	private final SessionEvents events;
	private final BooleanSupplier appearingOffline;
	private final Clock clock;
	private final Executor io;
	private final IncomingMessageReader reader;
	private final ArchiveReader archive;
	private final MessageSender sender;
	private final ChatListeners direct;
	private final KeptMessagesWindow kept = new KeptMessagesWindow(this::keptMessagesHandedOver);
	// Both only touched on the event thread.
	private String lastArchiveId;
	private CatchUpAnchor catchUpAnchor;
	private volatile Instant firstLogin;
	private volatile Predicate<BareJid> rooms = room -> false;

	/** @param io runs blocking network calls (archive queries), off the caller's thread */
	/** @param appearingOffline whether the user appears offline now: then no receipt tells anyone they are here */
	public SmackChatPort(BareJid me, SmackConnectionPort connections, SessionEvents events, Clock clock, Executor io,
			BooleanSupplier appearingOffline) {
		this.appearingOffline = Objects.requireNonNull(appearingOffline, "appearingOffline");
		this.connections = Objects.requireNonNull(connections, "connections");
		this.events = Objects.requireNonNull(events, "events");
		this.clock = Objects.requireNonNull(clock, "clock");
		this.io = Objects.requireNonNull(io, "io");
		this.reader = new IncomingMessageReader(Objects.requireNonNull(me, "me"), room -> rooms.test(room));
		this.archive = new ArchiveReader(reader);
		this.direct = new ChatListeners(events);
		this.sender = new MessageSender(connections, me.toString());
	}

	/**
	 * Tells the port which addresses are group chat rooms of ours, so a chat message through one is read as private
	 * to its occupant (never as a conversation with the room) and the room's own address is never a chat peer.
	 */
	public void recogniseRooms(Predicate<BareJid> isRoom) {
		this.rooms = Objects.requireNonNull(isRoom, "isRoom");
	}

	@Override
	public CompletableFuture<Void> send(OutgoingMessage message) {
		Objects.requireNonNull(message, "message");
		return sender.send(message);
	}

	@Override
	public void sendChatState(BareJid to, ChatState state) {
		org.jivesoftware.smackx.chatstates.ChatState smackState = org.jivesoftware.smackx.chatstates.ChatState
				.valueOf(state.name().toLowerCase(Locale.ROOT));
		sender.sendNotice(Jids.entityBare(to), new ChatStateExtension(smackState));
	}

	@Override
	public void sendReceipt(BareJid to, MessageId id, DeliveryState state) {
		switch (state) {
			case DELIVERED -> sender.sendNotice(Jids.entityBare(to), new DeliveryReceipt(id.value()));
			case READ -> sender.sendNotice(Jids.entityBare(to), new DisplayedExtension(id.value()));
			default -> {
				// nothing to tell the sender
			}
		}
	}

	@Override
	public Registration addChatListener(ChatListener listener) {
		return direct.add(Objects.requireNonNull(listener, "listener"));
	}

	/** A page of the archived conversation with {@code with}, before archive id {@code before} (newest if null). */
	public CompletableFuture<MessagePage> history(BareJid with, String before, int count) {
		Optional<XMPPTCPConnection> connection = connections.connection();
		if (connection.isEmpty()) {
			return CompletableFuture.failedFuture(new IllegalStateException("Not connected: the history cannot be read now."));
		}
		return CompletableFuture.supplyAsync(() -> {
			try {
				return archive.page(connection.get(), with, before, count);
			} catch (Exception e) {
				if (e instanceof InterruptedException) {
					Thread.currentThread().interrupt();
				}
				throw new IllegalStateException("The server's archive could not be read: " + e.getMessage(), e);
			}
		}, io);
	}

	@Override
	public void created(XMPPTCPConnection connection) {
		// Receipts are answered here rather than by Smack, so they carry a no-permanent-store hint: archiving every
		// receipt doubles the server's archive writes and halves message throughput.
		DeliveryReceiptManager.getInstanceFor(connection).setAutoReceiptMode(DeliveryReceiptManager.AutoReceiptMode.disabled);
		// Unacknowledged stanzas of a stream that could not be resumed are resent by the outbox, with their ids.
		connection.addStanzaDroppedListener(stanza -> {
		});
		connection.addSyncStanzaListener(stanza -> onMessage((Message) stanza), StanzaTypeFilter.MESSAGE);
		CarbonManager.getInstanceFor(connection).addCarbonCopyReceivedListener((direction, copy, wrapper) -> {
			Instant now = clock.instant();
			events.post(() -> reader.read(copy, MessageSource.CARBON, null, null, now, direct));
		});
	}

	@Override
	public void loggedIn(XMPPTCPConnection connection, boolean resumed) {
		if (resumed) {
			return;
		}
		sender.forgetAwaitedAcks();
		CarbonManager.getInstanceFor(connection).enableCarbonsAsync(null);
		if (firstLogin == null) {
			firstLogin = clock.instant();
		}
	}

	/**
	 * The server has processed our initial presence, and has handed over what it kept for us while we were away:
	 * now the archive can be asked for what we missed, and nothing sent to us meanwhile falls into the gap between.
	 */
	private void keptMessagesHandedOver(XMPPTCPConnection connection) {
		// Runs after every event of the old stream, so the anchor is the last message we really received.
		events.post(() -> {
			CatchUpAnchor anchor = catchUpAnchor;
			if (anchor != null) {
				CompletableFuture.runAsync(() -> catchUp(connection, anchor), io);
			}
		});
	}

	/**
	 * The presence port sent our initial presence of a new session: the server now hands over what it kept, and
	 * the archive catch-up follows once it has (see {@link KeptMessagesWindow}).
	 */
	public void initialPresenceSent(XMPPTCPConnection connection) {
		kept.initialPresenceSent(connection);
	}

	@Override
	public void lost() {
		kept.lost();
		// Posted after all events of the dropped stream: later live messages must not move the anchor past a gap.
		events.post(() -> {
			if (catchUpAnchor == null) {
				catchUpAnchor = new CatchUpAnchor(lastArchiveId);
			}
		});
	}

	/** Where the archive catch-up after a reconnect starts: after this archive id, or since the first login. */
	private record CatchUpAnchor(String afterArchiveId) {
	}

	/** Stops the sender thread. */
	public void shutdown() {
		sender.shutdown();
	}

	private void onMessage(Message message) {
		Message.Type type = message.getType();
		if (type == Message.Type.groupchat || type == Message.Type.error || type == Message.Type.headline) {
			return;
		}
		if (message.hasExtension(CarbonExtension.Direction.received.name(), CarbonExtension.NAMESPACE)
				|| message.hasExtension(CarbonExtension.Direction.sent.name(), CarbonExtension.NAMESPACE)
				|| message.hasExtension(MamResultExtension.ELEMENT, MamResultExtension.QNAME.getNamespaceURI())) {
			return; // the carbon and archive managers unwrap these
		}
		if (message.getBody() != null && !appearingOffline.getAsBoolean() && message.getFrom() != null
				&& DeliveryReceiptRequest.from(message) != null && message.getStanzaId() != null
				&& !message.getStanzaId().isBlank()) {
			sender.sendNotice(message.getFrom(), new DeliveryReceipt(message.getStanzaId()));
		}
		Instant now = clock.instant();
		String archiveId = message.getBody() == null ? null : reader.serverStanzaId(message);
		boolean mayBeKept = kept.isOpen(); // read here, in stanza order, not later on the event thread
		events.post(() -> {
			reader.read(message, MessageSource.LIVE, null, null, now, direct, mayBeKept);
			if (archiveId != null) {
				lastArchiveId = archiveId;
			}
		});
	}

	private void catchUp(XMPPTCPConnection connection, CatchUpAnchor anchor) {
		try {
			String newest = archive.catchUp(connection, anchor.afterArchiveId(), firstLogin, direct.posting());
			events.post(() -> {
				if (catchUpAnchor == anchor) {
					catchUpAnchor = null;
				}
				if (lastArchiveId == null) {
					lastArchiveId = newest;
				}
			});
		} catch (Exception e) {
			if (e instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			LOG.log(Level.INFO, "Archive catch-up after reconnect failed: {0}", e.getMessage());
		}
	}
}
