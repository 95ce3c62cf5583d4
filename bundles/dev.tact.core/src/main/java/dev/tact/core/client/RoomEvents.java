package dev.tact.core.client;

import java.time.Clock;
import java.util.function.Consumer;

import dev.tact.core.address.BareJid;
import dev.tact.core.alert.AlertEvent;
import dev.tact.core.alert.EventKind;
import dev.tact.core.chat.ChatMessage;
import dev.tact.core.chat.DeliveryState;
import dev.tact.core.chat.Mentions;
import dev.tact.core.chat.Occupant;
import dev.tact.core.port.ChatListener;
import dev.tact.core.port.ChatStateEvent;
import dev.tact.core.port.ConsentAsk;
import dev.tact.core.port.GroupChatListener;
import dev.tact.core.port.IncomingMessageEvent;
import dev.tact.core.port.MessageSource;
import dev.tact.core.port.RoomInvitation;

/**
 * Routes what rooms send: messages into the room's conversation (our own echo marks our message delivered), a live
 * mention of our nick and an invitation through the alert policy, everything else into {@link GroupChats}. A room's
 * ordinary traffic never alerts: the guide's multiparty sessions would otherwise interrupt all day.
 */
final class RoomEvents implements ChatListener, GroupChatListener {

	private final Conversations conversations;
	private final GroupChats groupChats;
	private final Consumer<AlertEvent> alerts;
	private final Clock clock;
	private final Unread unread;

	RoomEvents(Conversations conversations, GroupChats groupChats, Consumer<AlertEvent> alerts, Clock clock,
			Unread unread) {
		this.unread = unread;
		this.conversations = conversations;
		this.groupChats = groupChats;
		this.alerts = alerts;
		this.clock = clock;
	}

	@Override
	public void messageReceived(IncomingMessageEvent event) {
		BareJid room = event.conversation().bare(); // the room's own listener: always the room
		ChatMessage message = event.message();
		boolean isNew = conversations.with(room).add(message);
		if (!isNew && message.isOutgoing()) {
			conversations.with(room).updateDelivery(message.id(), DeliveryState.DELIVERED);
		}
		conversations.changed(room);
		boolean counted = isNew && !message.isOutgoing() && event.source() == MessageSource.LIVE
				&& groupChats.isRoom(room) && unread.arrived(room);
		if (counted && Mentions.mentions(message.body(), groupChats.nick(room))) {
			BareJid from = message.author().jid() != null ? message.author().jid() : room;
			alerts.accept(new AlertEvent(EventKind.GROUP_MENTION, from,
					message.author().displayName() + ": " + message.body(), event.attention(), clock.instant(), room));
		}
	}

	@Override
	public void chatStateReceived(ChatStateEvent event) {
		conversations.with(event.conversation()).updateChatState(event.from(), event.state());
		conversations.changed(event.conversation());
	}

	@Override
	public void invited(RoomInvitation invitation) {
		if (groupChats.isRoom(invitation.room())) {
			return; // already there
		}
		groupChats.invited(invitation);
		alerts.accept(new AlertEvent(EventKind.INVITE, invitation.from(), invitation.reason(), false, clock.instant(),
				invitation.room()));
	}

	@Override
	public void consentAsked(ConsentAsk ask) {
		groupChats.asked(ask);
	}

	@Override
	public void occupantJoinedOrUpdated(BareJid room, Occupant occupant) {
		groupChats.occupantJoinedOrUpdated(room, occupant);
	}

	@Override
	public void occupantLeft(BareJid room, String nick) {
		groupChats.occupantLeft(room, nick);
	}

	@Override
	public void occupantRenamed(BareJid room, String oldNick, String newNick) {
		groupChats.occupantRenamed(room, oldNick, newNick);
	}

	@Override
	public void topicChanged(BareJid room, String topic) {
		groupChats.topicChanged(room, topic);
	}
}
