package dev.tact.core.client;

import java.time.Clock;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import dev.tact.core.address.BareJid;
import dev.tact.core.address.ChatAddress;
import dev.tact.core.address.OccupantJid;
import dev.tact.core.chat.Author;
import dev.tact.core.chat.DeliveryState;
import dev.tact.core.chat.MessageId;
import dev.tact.core.chat.MessageSize;
import dev.tact.core.chat.OutgoingMessage;
import dev.tact.core.chat.TypingNotices;
import dev.tact.core.port.AccountPorts;
import dev.tact.core.presence.Availability;
import dev.tact.core.time.TaskScheduler;

/**
 * What the user writes: a message shows in its conversation at once, as pending, and goes to the
 * {@link OutboxDelivery}, the one way out; while a draft is being written, typing notices go out.
 */
final class Writing {

	private final Clock clock;
	private final Conversations conversations;
	private final ContactsModel contacts;
	private final GroupChats groupChats;
	private final OutboxDelivery delivery;
	private final Supplier<BareJid> me;
	private final TaskScheduler scheduler;
	private final Supplier<AccountPorts> ports;

	Writing(Clock clock, TaskScheduler scheduler, Conversations conversations, ContactsModel contacts,
			GroupChats groupChats, OutboxDelivery delivery, Supplier<BareJid> me, Supplier<AccountPorts> ports) {
		this.clock = clock;
		this.scheduler = scheduler;
		this.ports = ports;
		this.conversations = conversations;
		this.contacts = contacts;
		this.groupChats = groupChats;
		this.delivery = delivery;
		this.me = me;
	}

	/** See {@link TactClient#send}. */
	OutgoingMessage send(ChatAddress address, String text, boolean urgent) {
		requireFits(text);
		if (!(address instanceof BareJid to)) {
			return sendPrivately((OccupantJid) address, text);
		}
		if (groupChats.isRoom(to)) {
			return delivery.enqueue(groupChats.written(to, text));
		}
		OutgoingMessage plain = OutgoingMessage.to(to, text, clock.instant());
		OutgoingMessage message = urgent ? plain.asUrgent() : plain;
		shown(message);
		return delivery.enqueue(message);
	}

	/**
	 * A private message to a room's occupant goes at once or not at all, never through the outbox: the nick it is
	 * addressed to may be someone else's by the time a queued message would go.
	 */
	private OutgoingMessage sendPrivately(OccupantJid to, String text) {
		AccountPorts current = ports.get();
		String roomName = groupChats.describe(to.room());
		if (current == null || !groupChats.isJoined(to.room())) {
			throw NotInRoomException.weLeft(to, roomName);
		}
		if (groupChats.occupants(to.room()).stream().noneMatch(o -> o.nick().equals(to.nick()))) {
			throw NotInRoomException.theyLeft(to, roomName);
		}
		BareJid author = me.get();
		OutgoingMessage message = new OutgoingMessage(MessageId.random(), to.room(), text, clock.instant(), false, null,
				false);
		conversations.add(to, message.toChatMessage(Author.of(author == null ? to.room() : author)));
		current.groupChat().sendPrivately(to, message.id(), text).whenComplete((done, problem) -> {
			conversations.with(to).updateDelivery(message.id(),
					problem == null ? DeliveryState.SENT : DeliveryState.NOT_DELIVERED);
			conversations.changed(to);
		});
		return message;
	}

	/** See {@link TactClient#sendLater}. */
	OutgoingMessage sendLater(BareJid to, String text) {
		requireFits(text);
		if (contacts.presenceOf(to).state().availability() == Availability.AVAILABLE) {
			return send(to, text, false);
		}
		// held first, so whoever hears of the change sees it queued
		OutgoingMessage message = delivery.hold(OutgoingMessage.to(to, text, clock.instant()).heldUntilAvailable());
		shown(message);
		return message;
	}

	/** A held message is dropped unsent, and leaves the conversation. */
	void cancelHeld(OutgoingMessage held) {
		if (delivery.cancel(held)) {
			conversations.with(held.to()).remove(held.id());
			conversations.changed(held.to());
		}
	}

	/** See {@link TactClient#typingNotices}. */
	TypingNotices typingNotices(ChatAddress address, BooleanSupplier enabled) {
		return new TypingNotices(clock, scheduler, state -> {
			AccountPorts current = ports.get();
			if (!(address instanceof BareJid to) || current == null || !enabled.getAsBoolean()
					|| !current.connection().status().isConnected()) {
				return false; // a private chat in a room sends no typing notices: the nick is all we know of them
			}
			if (groupChats.isRoom(to)) {
				current.groupChat().sendChatState(to, state);
			} else {
				current.chat().sendChatState(to, state);
			}
			return true;
		});
	}

	/** What waits in the outbox (from before a restart, too) shows in its conversation, as not yet sent. */
	void showPending(BareJid account) {
		for (OutgoingMessage message : delivery.pending()) {
			if (!message.groupChat() && conversations.with(message.to()).add(message.toChatMessage(Author.of(account)))) {
				conversations.changed(message.to());
			}
		}
	}

	private void shown(OutgoingMessage message) {
		BareJid to = message.to();
		BareJid author = me.get();
		conversations.with(to).add(message.toChatMessage(Author.of(author == null ? to : author)));
		conversations.changed(to);
		contacts.talkedWith(to);
		contacts.exchanged(to, message.createdAt());
	}

	private static void requireFits(String text) {
		if (!MessageSize.fits(text)) {
			throw new MessageTooLongException(text);
		}
	}
}
