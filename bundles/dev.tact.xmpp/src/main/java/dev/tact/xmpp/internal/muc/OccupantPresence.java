package dev.tact.xmpp.internal.muc;

import org.jivesoftware.smack.PresenceListener;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smackx.muc.MUCRole;
import org.jivesoftware.smackx.muc.packet.MUCItem;
import org.jivesoftware.smackx.muc.packet.MUCUser;
import org.jxmpp.jid.parts.Resourcepart;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.Occupant;
import dev.tact.core.chat.Role;
import dev.tact.core.chat.RoomOccupants;
import dev.tact.core.port.GroupChatListener;

/** Keeps a room's {@link RoomOccupants} in step with the presence the room sends, and tells the listeners. */
final class OccupantPresence implements PresenceListener {

	private static final int NEW_NICKNAME = 303;

	private final BareJid room;
	private final RoomOccupants occupants;
	private final GroupChatListeners<GroupChatListener> listeners;

	OccupantPresence(BareJid room, RoomOccupants occupants, GroupChatListeners<GroupChatListener> listeners) {
		this.room = room;
		this.occupants = occupants;
		this.listeners = listeners;
	}

	@Override
	public void processPresence(Presence presence) {
		Resourcepart resource = presence.getFrom().getResourceOrNull();
		if (resource == null) {
			return;
		}
		String nick = resource.toString();
		MUCUser user = MUCUser.from(presence);
		MUCItem item = user == null ? null : user.getItem();
		if (presence.isAvailable()) {
			Occupant occupant = toOccupant(nick, item);
			occupants.joinedOrUpdated(occupant);
			listeners.fire(l -> l.occupantJoinedOrUpdated(room, occupant));
		} else if (isRename(user) && item != null && item.getNick() != null) {
			String newNick = item.getNick().toString();
			if (occupants.renamed(nick, newNick)) {
				listeners.fire(l -> l.occupantRenamed(room, nick, newNick));
			}
		} else if (occupants.left(nick).isPresent()) {
			listeners.fire(l -> l.occupantLeft(room, nick));
		}
	}

	/** Adds an occupant Smack already knows about (those present before our listener saw them). */
	void seed(org.jivesoftware.smackx.muc.Occupant known) {
		if (known == null || known.getNick() == null) {
			return;
		}
		String nick = known.getNick().toString();
		if (occupants.find(nick).isEmpty()) {
			Occupant occupant = new Occupant(nick, role(known.getRole()), Addresses.bare(known.getJid()));
			occupants.joinedOrUpdated(occupant);
			listeners.fire(l -> l.occupantJoinedOrUpdated(room, occupant));
		}
	}

	static Occupant toOccupant(String nick, MUCItem item) {
		if (item == null) {
			return new Occupant(nick, Role.PARTICIPANT, null);
		}
		return new Occupant(nick, role(item.getRole()), Addresses.bare(item.getJid()));
	}

	static Role role(MUCRole role) {
		if (role == null) {
			return Role.PARTICIPANT;
		}
		return switch (role) {
		case moderator -> Role.MODERATOR;
		case visitor -> Role.VISITOR;
		default -> Role.PARTICIPANT;
		};
	}

	private static boolean isRename(MUCUser user) {
		return user != null && user.getStatus().stream().anyMatch(s -> s.getCode() == NEW_NICKNAME);
	}
}
