package dev.tact.core.port;

import java.util.concurrent.CompletableFuture;

import dev.tact.core.address.BareJid;

/**
 * Group chat rooms (XEP-0045). Inviting someone into a running conversation is preceded by asking the room
 * (see {@link dev.tact.core.etiquette.EtiquetteAdvisor#adviseOnInvite(int)}); this port only sends the invitation.
 */
public interface GroupChatPort {

	/** Creates a room and joins it as its owner. */
	CompletableFuture<Void> create(BareJid room, String nick);

	CompletableFuture<Void> join(BareJid room, String nick);

	CompletableFuture<Void> leave(BareJid room);

	CompletableFuture<Void> setTopic(BareJid room, String topic);

	CompletableFuture<Void> invite(BareJid room, BareJid who, String reason);

	Registration addGroupChatListener(GroupChatListener listener);
}
