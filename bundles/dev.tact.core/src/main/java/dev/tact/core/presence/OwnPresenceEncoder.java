package dev.tact.core.presence;

import java.time.ZoneId;
import java.util.Objects;

/**
 * Turns the user's effective {@link Presence} into what is published over XMPP (DESIGN §3): the standard
 * {@code show} and status text for every client, and Tact's extension for Tact peers.
 *
 * <p>
 * Appear Offline is published exactly like Offline, with no extension and no note, so that nobody can tell the
 * difference. When the user chooses not to reveal automation, the automatic states (debugging, focusing) go out as
 * plain Busy, still with the end time: that tells people when you are free without saying what you do.
 */
public final class OwnPresenceEncoder {

	private final ZoneId zone;
	private final boolean revealAutomation;

	/**
	 * @param zone             the zone times in status texts are written in ("Focusing until 10:45")
	 * @param revealAutomation whether Debugging and Focusing are shown as such, or as plain Busy
	 */
	public OwnPresenceEncoder(ZoneId zone, boolean revealAutomation) {
		this.zone = Objects.requireNonNull(zone, "zone");
		this.revealAutomation = revealAutomation;
	}

	public PresenceWire encode(Presence presence) {
		Objects.requireNonNull(presence, "presence");
		if (presence.state().show() == XmppShow.UNAVAILABLE) {
			return PresenceWire.standard(XmppShow.UNAVAILABLE, "");
		}
		Presence shown = revealAutomation ? presence : concealAutomation(presence);
		PresenceState state = shown.state();
		return new PresenceWire(state.show(), shown.statusText(zone), state.wireName(),
				state.activity().map(TactActivity::wireName).orElse(null), shown.until(), shown.idleSince());
	}

	private static Presence concealAutomation(Presence presence) {
		PresenceState state = presence.state();
		if (state == PresenceState.DEBUGGING || state == PresenceState.FOCUSING) {
			return new Presence(PresenceState.BUSY, presence.note(), presence.until(), presence.idleSince());
		}
		return presence;
	}
}
