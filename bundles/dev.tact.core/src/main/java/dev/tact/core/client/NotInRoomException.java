package dev.tact.core.client;

import dev.tact.core.address.OccupantJid;

/**
 * A private message to a room's occupant could not go: we are not in the room, or they are not. It is never kept to
 * send later, as the nick may belong to someone else by then. Its message is for the user.
 */
public final class NotInRoomException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	NotInRoomException(String message) {
		super(message);
	}

	static NotInRoomException weLeft(OccupantJid to, String roomName) {
		return new NotInRoomException("You are not in " + roomName + " now, so nothing can go privately to "
				+ to.nick() + " through it. Nothing was sent.");
	}

	static NotInRoomException theyLeft(OccupantJid to, String roomName) {
		return new NotInRoomException(to.nick() + " has left " + roomName + ". Nothing was sent: whoever takes the "
				+ "name next could be someone else.");
	}
}
