package dev.tact.core.client;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.ChatMessage;
import dev.tact.core.chat.Conversation;
import dev.tact.core.chat.MessagePage;
import dev.tact.core.port.AccountPorts;

/** Scrolling back: the server's archive, a page at a time, into the conversation shown. */
final class ArchivePaging {

	private final Conversations conversations;
	private final ContactsModel contacts;
	private final GroupChats groupChats;
	private final Supplier<AccountPorts> ports;

	ArchivePaging(Conversations conversations, ContactsModel contacts, GroupChats groupChats,
			Supplier<AccountPorts> ports) {
		this.conversations = conversations;
		this.contacts = contacts;
		this.groupChats = groupChats;
		this.ports = ports;
	}

	/** See {@link TactClient#loadArchived}. */
	CompletableFuture<Boolean> loadBefore(BareJid peer, int count) {
		AccountPorts current = ports.get();
		if (current == null || !current.connection().status().isConnected()) {
			return CompletableFuture.failedFuture(new IllegalStateException("Sign in to read older messages."));
		}
		Conversation conversation = conversations.with(peer);
		String before = conversation.last(Integer.MAX_VALUE).messages().stream().map(ChatMessage::stanzaId)
				.filter(Objects::nonNull).findFirst().orElse(null);
		boolean room = groupChats.isRoom(peer);
		CompletableFuture<MessagePage> archived = room ? current.groupChat().history(peer, before, count)
				: current.chat().history(peer, before, count);
		return archived.thenApply(page -> {
			conversation.addAll(page.messages());
			if (!room) {
				page.messages().forEach(m -> contacts.exchanged(peer, m.timestamp()));
			}
			conversations.changed(peer);
			return page.hasEarlier();
		});
	}
}
