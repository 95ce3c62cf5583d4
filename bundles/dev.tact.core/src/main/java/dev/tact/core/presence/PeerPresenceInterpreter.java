package dev.tact.core.presence;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Maps what a peer publishes back to a {@link Presence}. Never throws on a peer's data: whatever cannot be read
 * falls back to the next rule.
 *
 * <ol>
 * <li>Unavailable is Offline, whatever else the stanza carries (an extension cannot contradict being offline).</li>
 * <li>Tact's extension names a known state that agrees with the {@code show} (the same show Tact would publish for
 * it): that exact state, with its {@code until}. A state that disagrees is ignored: the {@code show} is what all the
 * peer's clients agreed on, so a stale or forged extension cannot make a DND peer look Available. Offline and Appear
 * Offline are never taken from the extension.</li>
 * <li>The extension has no usable state but a known activity and the show is {@code dnd}: call → In a Call,
 * debugging → Debugging, focus → Focusing, with {@code until}.</li>
 * <li>Standard show only: none/chat → Available; away → Away (Be Right Back when the status says "be right back" or
 * "brb"); xa → Off Work; dnd → Busy, or Do Not Disturb when the status says "do not disturb"/"dnd", or In a Call when
 * it says "in a call"/"on a call"/"on the phone". Standard clients have no end time, so {@code until} is dropped.</li>
 * </ol>
 * The note is the status text with the state's own words removed ("Busy — at lunch" → "at lunch"), and
 * {@code idleSince} is kept as published.
 */
public final class PeerPresenceInterpreter {

	private static final Pattern SAYS_BE_RIGHT_BACK = phrases("be right back", "brb");
	private static final Pattern SAYS_DO_NOT_DISTURB = phrases("do not disturb", "do-not-disturb", "dnd");
	private static final Pattern SAYS_IN_A_CALL = phrases("in a call", "on a call", "on the phone");

	public Presence interpret(PresenceWire wire) {
		Objects.requireNonNull(wire, "wire");
		if (wire.show() == XmppShow.UNAVAILABLE) {
			return new Presence(PresenceState.OFFLINE, wire.status(), null, null);
		}
		Optional<PresenceState> exact = fromExtension(wire);
		PresenceState state = exact.orElseGet(() -> fromStandardShow(wire.show(), wire.status()));
		String note = StatusNoteReader.noteFrom(wire.status(), state);
		return new Presence(state, note, exact.isPresent() ? wire.until() : null, wire.idleSince());
	}

	private static Optional<PresenceState> fromExtension(PresenceWire wire) {
		XmppShow show = normalised(wire.show());
		Optional<PresenceState> named = PresenceState.fromWireName(wire.tactState())
				.filter(state -> state.show() != XmppShow.UNAVAILABLE)
				.filter(state -> state.show() == show);
		if (named.isPresent() || show != XmppShow.DND) {
			return named;
		}
		return TactActivity.fromWireName(wire.activity()).map(activity -> switch (activity) {
			case CALL -> PresenceState.IN_A_CALL;
			case DEBUGGING -> PresenceState.DEBUGGING;
			case FOCUS -> PresenceState.FOCUSING;
		});
	}

	private static PresenceState fromStandardShow(XmppShow show, String status) {
		return switch (normalised(show)) {
			case AWAY -> SAYS_BE_RIGHT_BACK.matcher(status).find() ? PresenceState.BE_RIGHT_BACK : PresenceState.AWAY;
			case XA -> PresenceState.OFF_WORK;
			case DND -> {
				if (SAYS_DO_NOT_DISTURB.matcher(status).find()) {
					yield PresenceState.DO_NOT_DISTURB;
				}
				yield SAYS_IN_A_CALL.matcher(status).find() ? PresenceState.IN_A_CALL : PresenceState.BUSY;
			}
			default -> PresenceState.AVAILABLE;
		};
	}


	private static Pattern phrases(String... phrases) {
		StringBuilder alternatives = new StringBuilder();
		for (String phrase : phrases) {
			alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(phrase));
		}
		return Pattern.compile("\\b(?:" + alternatives + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	// "chat" (free for chat) is shown as Available: Tact has no separate state for it.
	private static XmppShow normalised(XmppShow show) {
		return show == XmppShow.CHAT ? XmppShow.NONE : show;
	}
}
