package dev.tact.xmpp.internal.muc;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.jivesoftware.smack.MessageListener;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smackx.chatstates.ChatStateManager;
import org.jivesoftware.smackx.chatstates.packet.ChatStateExtension;
import org.jivesoftware.smackx.muc.MultiUserChat;
import org.jivesoftware.smackx.muc.SubjectUpdatedListener;
import org.jxmpp.jid.EntityFullJid;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.Author;
import dev.tact.core.chat.ChatMessage;
import dev.tact.core.chat.ChatState;
import dev.tact.core.chat.Occupant;
import dev.tact.core.chat.RoomOccupants;
import dev.tact.core.event.Registration;
import dev.tact.core.port.ChatListener;
import dev.tact.core.port.ChatStateEvent;
import dev.tact.core.port.GroupChatListener;
import dev.tact.core.port.IncomingMessageEvent;
import dev.tact.core.port.MessageSource;

/**
 * One room we are in: the Smack {@link MultiUserChat}, who is there, and the listeners wired to it. Listeners are
 * attached before entering, so the occupant list and the discussion history sent on join are not missed.
 */
final class JoinedRoom {

	private final BareJid room;
	private final MultiUserChat muc;
	private final Clock clock;
	private final RoomOccupants occupants = new RoomOccupants();
	private final OccupantPresence presence;
	private final GroupChatListeners<Consumer<RoomMessage>> rawMessageListeners = new GroupChatListeners<>();
	private final MessageListener messageListener = this::onMessage;
	private final SubjectUpdatedListener subjectListener;
	private final GroupChatListeners<ChatListener> chatListeners;
	private final GroupChatListeners<GroupChatListener> groupListeners;
	private volatile boolean live;

	JoinedRoom(BareJid room, MultiUserChat muc, Clock clock, GroupChatListeners<GroupChatListener> groupListeners,
			GroupChatListeners<ChatListener> chatListeners) {
		this.room = room;
		this.muc = muc;
		this.clock = clock;
		this.chatListeners = chatListeners;
		this.groupListeners = groupListeners;
		this.presence = new OccupantPresence(room, occupants, groupListeners);
		this.subjectListener = (subject, from) -> groupListeners.fire(l -> l.topicChanged(room, subject == null ? "" : subject));
	}

	void attach() {
		muc.addParticipantListener(presence);
		muc.addMessageListener(messageListener);
		muc.addSubjectUpdatedListener(subjectListener);
	}

	void detach() {
		muc.removeParticipantListener(presence);
		muc.removeMessageListener(messageListener);
		muc.removeSubjectUpdatedListener(subjectListener);
	}

	/** After entering: adds anyone Smack saw before our listener did. */
	void seedOccupants() {
		for (EntityFullJid jid : muc.getOccupants()) {
			presence.seed(muc.getOccupant(jid));
		}
	}

	BareJid room() {
		return room;
	}

	MultiUserChat muc() {
		return muc;
	}

	String myNick() {
		return muc.getNickname() == null ? "" : muc.getNickname().toString();
	}

	List<Occupant> occupants() {
		return occupants.all();
	}

	/**
	 * We are about to enter the room. One that {@code replaysHistory} (an existing room) sends that first, with delay
	 * stamps, and then its subject; a room we create has no past, so everything in it is live from the start.
	 */
	void entering(boolean replaysHistory) {
		live = !replaysHistory;
	}

	/** Hears every groupchat message of this room, raw, for protocols built on room messages. */
	Registration onRoomMessage(Consumer<RoomMessage> listener) {
		return rawMessageListeners.add(listener);
	}

	private void onMessage(Message stanza) {
		if (stanza.getFrom() == null) {
			return;
		}
		if (stanza.getSubject() != null && stanza.getBody() == null) {
			live = true; // the room sends its subject after the history (XEP-0045 §7.2.15): from here on, all is live
		}
		String nick = stanza.getFrom().getResourceOrEmpty().toString();
		// A delay stamp marks the history the room replays on entering; after that, anyone could add one.
		boolean history = !live && RoomMessageReader.isDelayed(stanza);
		RoomMessage raw = new RoomMessage(room, nick, stanza, history);
		rawMessageListeners.fire(l -> l.accept(raw));
		if (!history && !nick.equals(myNick())) {
			ConsentMarker.askOf(raw).ifPresent(ask -> groupListeners.fire(l -> l.consentAsked(ask)));
		}
		if (stanza.getBody() == null) {
			if (stanza.getExtension(ChatStateManager.NAMESPACE) instanceof ChatStateExtension typing && !history
					&& !nick.isEmpty() && !nick.equals(myNick())) {
				ChatStateEvent event = new ChatStateEvent(room, Author.nick(nick),
						ChatState.valueOf(typing.getChatState().name().toUpperCase(Locale.ROOT)));
				chatListeners.fire(l -> l.chatStateReceived(event));
			}
			return;
		}
		Instant now = clock.instant();
		ChatMessage message = RoomMessageReader.read(stanza, myNick(), RoomMessageReader.roomArchiveId(stanza, room),
				history ? null : now, now);
		IncomingMessageEvent event = new IncomingMessageEvent(room, message,
				history ? MessageSource.ARCHIVE : MessageSource.LIVE, null, false, true);
		chatListeners.fire(l -> l.messageReceived(event));
	}
}
