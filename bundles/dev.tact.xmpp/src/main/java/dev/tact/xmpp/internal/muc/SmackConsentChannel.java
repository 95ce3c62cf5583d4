package dev.tact.xmpp.internal.muc;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.Occupant;
import dev.tact.core.event.Registration;
import dev.tact.core.port.ConsentChannel;
import dev.tact.core.port.GroupChatListener;
import dev.tact.core.port.RoomTalk;

/**
 * Core's invitation rounds over the rooms of one Smack session: the question and the objection go out as room
 * messages with a {@link ConsentMarker} for Tact peers, and what the room says comes back with the marker read.
 */
public final class SmackConsentChannel implements ConsentChannel {

	private final SmackGroupChat chat;

	public SmackConsentChannel(SmackGroupChat chat) {
		this.chat = chat;
	}

	@Override
	public String nick(BareJid room) {
		return chat.nick(room);
	}

	@Override
	public List<Occupant> occupants(BareJid room) {
		return chat.occupants(room);
	}

	@Override
	public Registration addGroupChatListener(GroupChatListener listener) {
		return chat.addGroupChatListener(listener);
	}

	@Override
	public Registration onTalk(BareJid room, Consumer<RoomTalk> listener) {
		return chat.onRoomMessage(room, message -> listener.accept(new RoomTalk(message.room(), message.nick(),
				message.stanza().getBody(), ConsentMarker.objectionId(message.stanza()), message.fromHistory())));
	}

	@Override
	public CompletableFuture<Void> ask(BareJid room, String roundId, BareJid invitee, String text) {
		return chat.post(room, message -> message.setBody(text).addExtension(ConsentMarker.ask(roundId, invitee)));
	}

	@Override
	public CompletableFuture<Void> object(BareJid room, String roundId, String text) {
		return chat.post(room, message -> message.setBody(text).addExtension(ConsentMarker.objection(roundId)));
	}

	@Override
	public CompletableFuture<Void> invite(BareJid room, BareJid who, String reason) {
		return chat.invite(room, who, reason);
	}
}
