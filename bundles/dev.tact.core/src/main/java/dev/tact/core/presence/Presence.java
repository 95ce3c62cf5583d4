package dev.tact.core.presence;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A presence as Tact shows and publishes it: a state, the user's note (never null, stripped and capped at
 * {@link #MAX_NOTE_LENGTH} characters), an optional time the state lasts {@code until} (a focus session's end) and
 * an optional time the user has been idle since (XEP-0319).
 */
public record Presence(PresenceState state, String note, Instant until, Instant idleSince) {

	/** Longer notes are cut: a status line is read at a glance, not scrolled. */
	public static final int MAX_NOTE_LENGTH = 200;

	private static final String DASH = " \u2014 ";
	private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");
	private static final Pattern CONTROL_RUNS = Pattern.compile("[\\r\\n\\t\\p{Cntrl}]+");

	public Presence {
		Objects.requireNonNull(state, "state");
		note = normaliseNote(note);
	}

	/** A presence in {@code state} with no note, no end time and no idle time. */
	public static Presence of(PresenceState state) {
		return new Presence(state, "", null, null);
	}

	/** A presence in {@code state} with {@code note} and no end time. */
	public static Presence of(PresenceState state, String note) {
		return new Presence(state, note, null, null);
	}

	/** Plain Available, the base every arbitration falls back to. */
	public static Presence available() {
		return of(PresenceState.AVAILABLE);
	}

	public Presence withNote(String newNote) {
		return new Presence(state, newNote, until, idleSince);
	}

	public Presence withUntil(Instant newUntil) {
		return new Presence(state, note, newUntil, idleSince);
	}

	public Presence withIdleSince(Instant newIdleSince) {
		return new Presence(state, note, until, newIdleSince);
	}

	public boolean hasNote() {
		return !note.isEmpty();
	}

	/**
	 * The status text standard XMPP clients see, e.g. "Busy — reviewing the release", "Focusing until 10:45",
	 * "In a call". Times are written as HH:mm in {@code zone}. Empty when there is nothing to say (plain Available
	 * or offline).
	 */
	public String statusText(ZoneId zone) {
		Objects.requireNonNull(zone, "zone");
		if (state.show() == XmppShow.UNAVAILABLE) {
			return "";
		}
		String base = state.statusText();
		if (until != null && state != PresenceState.AVAILABLE) {
			base = base + " until " + CLOCK_TIME.format(until.atZone(zone));
		}
		if (!hasNote()) {
			return base;
		}
		return base.isEmpty() ? note : base + DASH + note;
	}

	/** The label for the Contacts view and status bar, e.g. "Busy – Focusing until 10:45". */
	public String label(ZoneId zone) {
		Objects.requireNonNull(zone, "zone");
		if (until == null || state == PresenceState.AVAILABLE || state.show() == XmppShow.UNAVAILABLE) {
			return state.label();
		}
		return state.label() + " until " + CLOCK_TIME.format(until.atZone(zone));
	}

	private static String normaliseNote(String raw) {
		if (raw == null) {
			return "";
		}
		// One line only: a status is shown in a single row; control characters would break other clients' layouts.
		// most notes are plain; scanning first keeps presence floods free of regex work
		String oneLine = (raw.chars().anyMatch(Character::isISOControl) ? CONTROL_RUNS.matcher(raw).replaceAll(" ") : raw).strip();
		if (oneLine.length() <= MAX_NOTE_LENGTH) {
			return oneLine;
		}
		int end = MAX_NOTE_LENGTH;
		if (Character.isHighSurrogate(oneLine.charAt(end - 1))) {
			end--;
		}
		return oneLine.substring(0, end).strip();
	}
}
