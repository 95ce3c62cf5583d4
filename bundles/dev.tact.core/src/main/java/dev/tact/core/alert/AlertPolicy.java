package dev.tact.core.alert;

import dev.tact.core.address.BareJid;
import dev.tact.core.presence.Presence;
import dev.tact.core.presence.PresenceState;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Decides how to alert the user about an incoming event (DESIGN §4), from the user's own effective presence,
 * whether a focus session runs, the preferences, the sender's priority and the sender's urgent mark.
 *
 * <ul>
 * <li>Nothing is dropped: every event gets a badge in the Contacts view, and while a focus session runs every
 * event is queued for its digest, including those that broke through.</li>
 * <li>Do Not Disturb, Busy – Focusing and a running focus session are quiet: no sound, no popup.</li>
 * <li>In a quiet state, a message or group mention from a priority contact, or carrying an urgent mark within the
 * sender's rate limit, breaks through with a popup (and a sound, unless muted by the call rule below). Add requests,
 * invitations and watched contacts never break through: they can wait.</li>
 * <li>In a Call with "mute sounds in calls" on: popups without sound.</li>
 * <li>Every other state alerts with sound and popup. That includes Busy and Debugging: Busy asks <em>senders</em>
 * to refrain unless urgent, so what arrives has passed their judgement; users who want quiet use Do Not Disturb or
 * a focus session. Away, Off Work and Appear Offline alert normally too (the badge keeps what was missed).</li>
 * <li>Offline: badge only; what arrives then is backlog delivered at reconnect.</li>
 * <li>A stranger (someone not in the contacts nor on the priority list) writing or inviting: a badge only, unless
 * the user asked to be alerted for strangers; their urgent mark is ignored and they never break through.</li>
 * <li>However many senders there are, at most {@link BreakthroughCap} alerts break through the quiet.</li>
 * </ul>
 * An urgent mark is checked against the {@link UrgentRateLimiter} for every event that could break through, whatever
 * the state, so it cannot be saved up; a mark over the limit is treated as if absent.
 */
public final class AlertPolicy {

	private final UrgentRateLimiter urgentLimiter;
	private final BreakthroughCap breakthroughs;
	private final Predicate<BareJid> isContact;
	private volatile AlertPreferences preferences;

	/** @param isContact whether an address is in the user's contacts (everyone else is a stranger) */
	public AlertPolicy(AlertPreferences preferences, UrgentRateLimiter urgentLimiter, BreakthroughCap breakthroughs,
			Predicate<BareJid> isContact) {
		this.preferences = Objects.requireNonNull(preferences, "preferences");
		this.urgentLimiter = Objects.requireNonNull(urgentLimiter, "urgentLimiter");
		this.breakthroughs = Objects.requireNonNull(breakthroughs, "breakthroughs");
		this.isContact = Objects.requireNonNull(isContact, "isContact");
	}

	/** Applies changed preferences to the events that follow. */
	public void setPreferences(AlertPreferences newPreferences) {
		this.preferences = Objects.requireNonNull(newPreferences, "newPreferences");
	}

	public AlertPreferences preferences() {
		return preferences;
	}

	/**
	 * Decides about {@code event}. Call it once per event: an urgent mark counts against its sender's limit.
	 *
	 * @param own          the user's own effective presence
	 * @param focusRunning whether a focus session is running
	 */
	public AlertDecision decide(AlertEvent event, Presence own, boolean focusRunning) {
		Objects.requireNonNull(event, "event");
		Objects.requireNonNull(own, "own");
		AlertPreferences prefs = preferences;
		PresenceState state = own.state();
		boolean stranger = isFromStranger(event, prefs);
		boolean urgentHonoured = !stranger && event.urgent() && event.kind().canBreakThrough()
				&& urgentLimiter.tryAcquire(event.from());
		boolean mayBreakThrough = !stranger && event.kind().canBreakThrough()
				&& (urgentHonoured || prefs.isPriority(event.from()));
		boolean quiet = focusRunning || state == PresenceState.DO_NOT_DISTURB || state == PresenceState.FOCUSING;
		boolean breaksThrough = quiet && mayBreakThrough && state != PresenceState.OFFLINE && breakthroughs.tryAcquire();
		boolean popup = state != PresenceState.OFFLINE && (!quiet || breaksThrough)
				&& (!stranger || prefs.alertForStrangers());
		boolean soundMutedByCall = state == PresenceState.IN_A_CALL && prefs.muteSoundsInCalls();
		boolean sound = popup && !soundMutedByCall;
		return new AlertDecision(sound, popup, true, focusRunning, urgentHonoured);
	}

	/** Someone writing or inviting who is neither a contact nor on the priority list. */
	private boolean isFromStranger(AlertEvent event, AlertPreferences prefs) {
		boolean reachesOut = event.kind() == EventKind.MESSAGE || event.kind() == EventKind.INVITE;
		return reachesOut && !prefs.isPriority(event.from()) && !isContact.test(event.from());
	}
}
