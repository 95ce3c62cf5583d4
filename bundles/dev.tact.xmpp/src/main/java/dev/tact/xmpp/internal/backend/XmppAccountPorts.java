package dev.tact.xmpp.internal.backend;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

import dev.tact.core.address.BareJid;
import dev.tact.core.address.OccupantJid;
import dev.tact.core.chat.ChatState;
import dev.tact.core.chat.MessageId;
import dev.tact.core.chat.MessagePage;
import dev.tact.core.chat.Occupant;
import dev.tact.core.chat.OutgoingMessage;
import dev.tact.core.port.AccountPorts;
import dev.tact.core.port.ChatListener;
import dev.tact.core.port.ConsentAsk;
import dev.tact.core.port.InvitationProgressListener;
import dev.tact.core.port.PendingInvitation;
import dev.tact.core.port.ChatPort;
import dev.tact.core.port.ConnectionPort;
import dev.tact.core.port.ContactProfile;
import dev.tact.core.port.DirectoryEntry;
import dev.tact.core.port.DirectorySearchPort;
import dev.tact.core.port.FileSharingPort;
import dev.tact.core.port.GroupChatListener;
import dev.tact.core.port.GroupChatPort;
import dev.tact.core.port.PresencePort;
import dev.tact.core.event.Registration;
import dev.tact.core.port.RosterPort;
import dev.tact.core.port.UploadProgressListener;
import dev.tact.xmpp.internal.XmppAccountSession;
import dev.tact.xmpp.internal.muc.SmackGroupChat;
import dev.tact.xmpp.internal.vcard.ContactCard;

/** An open account as core sees it: the session's ports plus group chat, files and directory search. */
final class XmppAccountPorts implements AccountPorts, GroupChatPort, FileSharingPort, DirectorySearchPort {

	private final XmppAccountSession session;
	private final LoginScopedAdapters adapters;

	XmppAccountPorts(XmppAccountSession session, LoginScopedAdapters adapters) {
		this.session = session;
		this.adapters = adapters;
		session.addLifecycle(adapters);
		session.chat().recogniseRooms(adapters::isRoom);
	}

	@Override
	public ConnectionPort connection() {
		return session.connection();
	}

	@Override
	public RosterPort roster() {
		return session.roster();
	}

	@Override
	public PresencePort presence() {
		return session.presence();
	}

	@Override
	public ChatPort chat() {
		return session.chat();
	}

	@Override
	public GroupChatPort groupChat() {
		return this;
	}

	@Override
	public FileSharingPort files() {
		return this;
	}

	@Override
	public DirectorySearchPort directory() {
		return this;
	}

	@Override
	public CompletableFuture<ContactProfile> profile(BareJid contact) {
		return adapters.withCards(cards -> cards.load(contact))
				.thenApply(card -> new ContactProfile(card.fullName(), card.nickname(), card.email(), card.avatar()));
	}

	@Override
	public CompletableFuture<Void> saveProfile(ContactProfile profile) {
		ContactCard card = ContactCard.named(profile.fullName(), profile.nickname()).withEmail(profile.email());
		return adapters.withCards(cards -> cards.saveOwn(profile.avatar() == null ? card : card.withAvatar(profile.avatar(), "image/png")));
	}

	@Override
	public void close() {
		adapters.close();
		session.close();
	}

	@Override
	public CompletableFuture<Void> create(BareJid room, String nick) {
		adapters.entered(room); // before the first stanza from it can arrive
		return adapters.withGroupChat(chat -> chat.create(room, nick));
	}

	@Override
	public CompletableFuture<Void> join(BareJid room, String nick) {
		adapters.entered(room);
		return adapters.withGroupChat(chat -> chat.join(room, nick));
	}

	@Override
	public CompletableFuture<Void> leave(BareJid room) {
		return adapters.withGroupChat(chat -> chat.leave(room));
	}

	@Override
	public CompletableFuture<Void> setTopic(BareJid room, String topic) {
		return adapters.withGroupChat(chat -> chat.setTopic(room, topic));
	}

	@Override
	public CompletableFuture<Void> invite(BareJid room, BareJid who, String reason) {
		return adapters.withGroupChat(chat -> chat.invite(room, who, reason));
	}

	@Override
	public Registration addGroupChatListener(GroupChatListener listener) {
		return adapters.addGroupChatListener(listener);
	}

	@Override
	public CompletableFuture<BareJid> newRoomAddress() {
		return adapters.withGroupChat(SmackGroupChat::newRoomAddress);
	}

	@Override
	public PendingInvitation inviteWithConsent(BareJid room, BareJid who, String reason, Duration window,
			InvitationProgressListener listener) {
		SmackGroupChat chat = adapters.readGroupChat(current -> current, null);
		if (chat == null) {
			throw new IllegalStateException("Sign in to invite someone.");
		}
		return chat.inviteWithConsent(room, who, reason, window, listener);
	}

	@Override
	public CompletableFuture<Void> object(ConsentAsk ask) {
		return adapters.withGroupChat(chat -> chat.object(ask));
	}

	@Override
	public CompletableFuture<Void> send(OutgoingMessage message) {
		return adapters.withGroupChat(chat -> chat.send(message));
	}

	@Override
	public CompletableFuture<Void> sendPrivately(OccupantJid to, MessageId id, String body) {
		return adapters.withGroupChat(chat -> chat.sendPrivately(to, id, body));
	}

	@Override
	public CompletableFuture<MessagePage> history(BareJid room, String beforeArchiveId, int count) {
		return adapters.withGroupChat(chat -> chat.history(room, beforeArchiveId, count));
	}

	@Override
	public void sendChatState(BareJid room, ChatState state) {
		adapters.readGroupChat(chat -> {
			chat.sendChatState(room, state);
			return null;
		}, null);
	}

	@Override
	public List<Occupant> occupants(BareJid room) {
		return adapters.readGroupChat(chat -> chat.occupants(room), List.of());
	}

	@Override
	public String topic(BareJid room) {
		return adapters.readGroupChat(chat -> chat.topic(room), "");
	}

	@Override
	public Registration addRoomMessageListener(ChatListener listener) {
		return adapters.addRoomMessageListener(listener);
	}

	@Override
	public CompletableFuture<OptionalLong> maxUploadSize() {
		return adapters.withFiles(files -> files.maxUploadSize());
	}

	@Override
	public CompletableFuture<URI> upload(Path file, UploadProgressListener progress) {
		return adapters.withFiles(files -> files.upload(file, progress));
	}

	@Override
	public CompletableFuture<List<DirectoryEntry>> search(String text) {
		return adapters.withDirectory(directory -> directory.search(text));
	}
}
