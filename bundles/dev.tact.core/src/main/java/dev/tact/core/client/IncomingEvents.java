package dev.tact.core.client;

import java.time.Clock;

import dev.tact.core.address.BareJid;
import dev.tact.core.address.OccupantJid;
import dev.tact.core.alert.AlertDecision;
import dev.tact.core.alert.AlertEvent;
import dev.tact.core.alert.AlertPolicy;
import dev.tact.core.alert.EventKind;
import dev.tact.core.chat.Conversation;
import dev.tact.core.etiquette.QuickReplies;
import dev.tact.core.focus.FocusAutoReply;
import dev.tact.core.focus.FocusSession;
import dev.tact.core.port.ChatListener;
import dev.tact.core.port.ChatStateEvent;
import dev.tact.core.port.IncomingMessageEvent;
import dev.tact.core.port.MessageSource;
import dev.tact.core.port.NotificationSink;
import dev.tact.core.port.ReceiptEvent;
import dev.tact.core.presence.PresenceArbiter;
import dev.tact.core.presence.PresenceState;

/**
 * Routes what arrives to where it belongs: messages into their conversation, then through the alert policy
 * (which may only queue them for the focus digest) to the notification sink. Echoes of our own messages and
 * archive catch-up are stored but never alert, and neither does a message in the conversation the user is reading.
 */
final class IncomingEvents implements ChatListener {

	private final Conversations conversations;
	private final ContactsModel contacts;
	private final PresenceArbiter arbiter;
	private final FocusSession focus;
	private final AlertPolicy policy;
	private final NotificationSink sink;
	private final Clock clock;
	private final FocusAutoReply autoReply;
	private final Unread unread;

	IncomingEvents(Conversations conversations, ContactsModel contacts, PresenceArbiter arbiter, FocusSession focus,
			AlertPolicy policy, NotificationSink sink, Clock clock, FocusAutoReply autoReply, Unread unread) {
		this.unread = unread;
		this.conversations = conversations;
		this.contacts = contacts;
		this.arbiter = arbiter;
		this.focus = focus;
		this.policy = policy;
		this.sink = sink;
		this.clock = clock;
		this.autoReply = autoReply;
	}

	@Override
	public void messageReceived(IncomingMessageEvent event) {
		boolean isNew = filed(event);
		if (!(event.conversation() instanceof BareJid peer)) {
			if (isNew && !event.message().isOutgoing() && event.source() == MessageSource.LIVE) {
				arrivedPrivately((OccupantJid) event.conversation(), event);
			}
			return;
		}
		if (isNew && !event.groupChat()) {
			contacts.exchanged(peer, event.message().timestamp());
		}
		if (!isNew || event.message().isOutgoing()) {
			return;
		}
		if (event.groupChat()) {
			return; // a room's traffic shows as unread; only a mention of our nick alerts (see the group chat editor)
		}
		contacts.talkedWith(peer);
		if ((event.source() == MessageSource.LIVE || event.source() == MessageSource.OFFLINE_STORAGE)
				&& unread.arrived(peer)) { // a message in the conversation being read is read already
			AlertEvent alert = new AlertEvent(EventKind.MESSAGE, peer, event.message().body(), event.attention(),
					clock.instant());
			alert(alert);
			// Telling a stranger how long we are away tells too much; appearing offline, a reply gives us away.
			if (contacts.isContact(alert.from()) && arbiter.effective().state() != PresenceState.APPEAR_OFFLINE) {
				autoReply.messageArrived(alert);
			}
		}
	}

	/** Adds the message, or applies the correction, to its conversation; whether it was new. */
	private boolean filed(IncomingMessageEvent event) {
		Conversation conversation = conversations.with(event.conversation());
		boolean isNew;
		if (event.isCorrection()) {
			isNew = false;
			conversation.correct(event.replaces(), event.message().author(), event.message().body());
		} else {
			isNew = conversation.add(event.message());
		}
		conversations.changed(event.conversation());
		return isNew;
	}

	/**
	 * A room's occupant wrote to us privately. All we know of them is a nick the room vouches for, so they count as
	 * a stranger (the room is whose standing counts) and never get the focus auto-reply; the alert opens, and its
	 * quick reply answers, the private conversation, never the room.
	 */
	private void arrivedPrivately(OccupantJid occupant, IncomingMessageEvent event) {
		if (unread.arrived(occupant)) {
			alert(new AlertEvent(EventKind.MESSAGE, occupant.room(), event.message().body(), event.attention(),
					clock.instant(), occupant));
		}
	}

	/** Decides and delivers one alert; the focus digest sees it whether or not it interrupted. */
	void alert(AlertEvent event) {
		AlertDecision decision = policy.decide(event, arbiter.effective(), focus.isRunning());
		focus.record(decision.urgentHonoured() ? event : event.withoutUrgentMark());
		sink.alert(event, decision, QuickReplies.DEFAULT);
	}

	@Override
	public void receiptReceived(ReceiptEvent event) {
		conversations.with(event.conversation()).updateDelivery(event.id(), event.state());
		conversations.changed(event.conversation());
	}

	@Override
	public void chatStateReceived(ChatStateEvent event) {
		conversations.with(event.conversation()).updateChatState(event.from(), event.state());
		conversations.changed(event.conversation());
	}
}
