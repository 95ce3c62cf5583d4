package dev.tact.core.port;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.Occupant;
import dev.tact.core.event.Registration;

/**
 * What an "OK to add X?" round needs of the rooms one account is in: who is there, what they say, and a way to ask,
 * object and invite. The XMPP layer carries the question and the objection with a marker Tact peers understand, and
 * as plain text for everyone else.
 */
public interface ConsentChannel {

	/** Our nick in {@code room}. */
	String nick(BareJid room);

	/** Who is in {@code room} now, us included. */
	List<Occupant> occupants(BareJid room);

	/** Hears occupants come, go and rename (and the room's other events); valid until closed. */
	Registration addGroupChatListener(GroupChatListener listener);

	/** Hears what is said in {@code room}, as a round reads it; valid while we stay in the room. */
	Registration onTalk(BareJid room, Consumer<RoomTalk> listener);

	/** Asks the room, in {@code text}, whether {@code invitee} may be added; {@code roundId} ties objections to it. */
	CompletableFuture<Void> ask(BareJid room, String roundId, BareJid invitee, String text);

	/** Objects, in {@code text}, to the round {@code roundId}. */
	CompletableFuture<Void> object(BareJid room, String roundId, String text);

	/** Sends the invitation itself. */
	CompletableFuture<Void> invite(BareJid room, BareJid who, String reason);
}
