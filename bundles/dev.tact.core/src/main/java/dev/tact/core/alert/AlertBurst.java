package dev.tact.core.alert;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import dev.tact.core.address.ChatAddress;

/**
 * The alerts that came while one notification was on screen, summed up, so that a flood (a busy room, or a hostile
 * sender with many addresses) shows as one notification saying "12 new messages from 5 people", never as twelve
 * stacked popups. A burst ends when its notification goes. Not thread-safe: the UI thread owns it.
 */
public final class AlertBurst {

	private final List<AlertEvent> events = new ArrayList<>();

	/**
	 * Adds an alert. One that asks for an answer (an add request, an invitation, someone now available) starts a burst
	 * of its own, so it shows as itself with its answers; messages that follow it are summed up with it.
	 */
	public void add(AlertEvent event) {
		if (!isMessage(event)) {
			events.clear();
		}
		events.add(event);
	}

	private static boolean isMessage(AlertEvent event) {
		return event.kind() == EventKind.MESSAGE || event.kind() == EventKind.GROUP_MENTION;
	}

	/** The notification went: the next alert starts a new burst. */
	public void clear() {
		events.clear();
	}

	public int size() {
		return events.size();
	}

	/** Whether there is more than one alert to show, so the notification sums them up. */
	public boolean isSummary() {
		return events.size() > 1;
	}

	/** The newest alert; the burst must not be empty. */
	public AlertEvent latest() {
		return events.get(events.size() - 1);
	}

	/** The senders, oldest first, each once. */
	public List<ChatAddress> people() {
		Set<ChatAddress> people = new LinkedHashSet<>();
		events.forEach(event -> people.add(event.sender()));
		return List.copyOf(people);
	}

	/** "3 new messages from Dana", "12 new messages from 5 people", "4 new alerts from 2 people". */
	public String title(Function<ChatAddress, String> names) {
		boolean messages = events.stream().allMatch(AlertBurst::isMessage);
		String what = events.size() + (messages ? " new messages" : " new alerts");
		List<ChatAddress> people = people();
		return what + " from " + (people.size() == 1 ? names.apply(people.get(0)) : people.size() + " people");
	}
}
