package dev.tact.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.tact.core.address.BareJid;
import dev.tact.core.address.OccupantJid;
import dev.tact.core.chat.ChatState;
import dev.tact.core.chat.MessageId;
import dev.tact.core.chat.MessagePage;
import dev.tact.core.chat.Occupant;
import dev.tact.core.chat.OutgoingMessage;
import dev.tact.core.port.ChatListener;
import dev.tact.core.port.ConsentAsk;
import dev.tact.core.port.GroupChatListener;
import dev.tact.core.port.GroupChatPort;
import dev.tact.core.port.InvitationProgressListener;
import dev.tact.core.port.PendingInvitation;
import dev.tact.core.event.Registration;

/** The benchmark account's group chat: no rooms. Listeners may register (the client does), nothing else is used. */
final class NoRooms implements GroupChatPort {

	@Override
	public CompletableFuture<BareJid> newRoomAddress() {
		return unused();
	}

	@Override
	public CompletableFuture<Void> create(BareJid room, String nick) {
		return unused();
	}

	@Override
	public CompletableFuture<Void> join(BareJid room, String nick) {
		return unused();
	}

	@Override
	public CompletableFuture<Void> leave(BareJid room) {
		return unused();
	}

	@Override
	public CompletableFuture<Void> setTopic(BareJid room, String topic) {
		return unused();
	}

	@Override
	public CompletableFuture<Void> invite(BareJid room, BareJid who, String reason) {
		return unused();
	}

	@Override
	public PendingInvitation inviteWithConsent(BareJid room, BareJid who, String reason, Duration window,
			InvitationProgressListener listener) {
		throw new UnsupportedOperationException("not used by the benchmarks");
	}

	@Override
	public CompletableFuture<Void> object(ConsentAsk ask) {
		return unused();
	}

	@Override
	public CompletableFuture<Void> send(OutgoingMessage message) {
		return unused();
	}

	@Override
	public CompletableFuture<Void> sendPrivately(OccupantJid to, MessageId id, String body) {
		return unused();
	}

	@Override
	public CompletableFuture<MessagePage> history(BareJid room, String beforeArchiveId, int count) {
		return unused();
	}

	@Override
	public void sendChatState(BareJid room, ChatState state) {
		// no rooms
	}

	@Override
	public List<Occupant> occupants(BareJid room) {
		return List.of();
	}

	@Override
	public String topic(BareJid room) {
		return "";
	}

	@Override
	public Registration addRoomMessageListener(ChatListener listener) {
		return () -> {
		};
	}

	@Override
	public Registration addGroupChatListener(GroupChatListener listener) {
		return () -> {
		};
	}

	private static <T> CompletableFuture<T> unused() {
		return CompletableFuture.failedFuture(new UnsupportedOperationException("not used by the benchmarks"));
	}
}
