package dev.tact.core.presence;

import java.util.Locale;
import java.util.Optional;

/**
 * Every state Tact shows or publishes, with its icon colour class, its label and the standard XMPP {@code show} it
 * maps to (DESIGN §3). The automatic states (debugging, focusing) are never chosen from the menu; they come from
 * claims.
 */
public enum PresenceState {
	AVAILABLE("Available", Availability.AVAILABLE, XmppShow.NONE, ""),
	BUSY("Busy", Availability.BUSY, XmppShow.DND, "Busy"),
	IN_A_CALL("Busy \u2013 In a Call", Availability.BUSY, XmppShow.DND, "In a call"),
	DEBUGGING("Busy \u2013 Debugging", Availability.BUSY, XmppShow.DND, "Debugging"),
	FOCUSING("Busy \u2013 Focusing", Availability.BUSY, XmppShow.DND, "Focusing"),
	DO_NOT_DISTURB("Do Not Disturb", Availability.DO_NOT_DISTURB, XmppShow.DND, "Do not disturb"),
	BE_RIGHT_BACK("Be Right Back", Availability.AWAY, XmppShow.AWAY, "Be right back"),
	AWAY("Away", Availability.AWAY, XmppShow.AWAY, "Away"),
	OFF_WORK("Off Work", Availability.AWAY, XmppShow.XA, "Off work"),
	APPEAR_OFFLINE("Appear Offline", Availability.OFFLINE, XmppShow.UNAVAILABLE, ""),
	OFFLINE("Offline", Availability.OFFLINE, XmppShow.UNAVAILABLE, "");

	private final String label;
	private final Availability availability;
	private final XmppShow show;
	private final String statusText;

	PresenceState(String label, Availability availability, XmppShow show, String statusText) {
		this.label = label;
		this.availability = availability;
		this.show = show;
		this.statusText = statusText;
	}

	/** The label shown in the menu and the Contacts view. */
	public String label() {
		return label;
	}

	public Availability availability() {
		return availability;
	}

	/** What standard XMPP clients see. */
	public XmppShow show() {
		return show;
	}

	/** The base status text standard clients see; a note is appended after a dash. */
	public String statusText() {
		return statusText;
	}

	/** Whether a user may pick this state from the presence menu (the others come from automation). */
	public boolean isSelectableByUser() {
		return this != DEBUGGING && this != FOCUSING && this != OFFLINE;
	}

	/** The activity Tact's presence extension reports for this state, if it has one. */
	public Optional<TactActivity> activity() {
		return switch (this) {
			case IN_A_CALL -> Optional.of(TactActivity.CALL);
			case DEBUGGING -> Optional.of(TactActivity.DEBUGGING);
			case FOCUSING -> Optional.of(TactActivity.FOCUS);
			default -> Optional.empty();
		};
	}

	/** The state's name in Tact's presence extension, e.g. {@code "do-not-disturb"}. */
	public String wireName() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * Reads a state name from a peer's presence extension, accepting the wire form and the enum constant's name in
	 * any case. Unknown or missing names are empty, never an error: a newer peer may know states this one does not.
	 */
	public static Optional<PresenceState> fromWireName(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String wanted = text.strip().replace('_', '-');
		for (PresenceState state : values()) {
			if (state.wireName().equalsIgnoreCase(wanted)) {
				return Optional.of(state);
			}
		}
		return Optional.empty();
	}
}
