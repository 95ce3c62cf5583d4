package dev.tact.core.focus;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

import dev.tact.core.address.BareJid;
import dev.tact.core.alert.AlertEvent;
import dev.tact.core.alert.EventKind;

/**
 * The optional one-time answer during a focus session ("Focusing until 10:45 — I'll get back to you"): at most once
 * per person per session, only for direct messages, and off unless the user turns it on. A terse reply is fine,
 * says the guide; a repeated one would be noise.
 */
public final class FocusAutoReply implements FocusSessionListener {

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

	private final FocusSession focus;
	private final ZoneId zone;
	private final BiConsumer<BareJid, String> send;
	private final Set<BareJid> answered = ConcurrentHashMap.newKeySet();
	private volatile boolean enabled;

	public FocusAutoReply(FocusSession focus, ZoneId zone, BiConsumer<BareJid, String> send) {
		this.focus = focus;
		this.zone = zone;
		this.send = send;
		focus.addListener(this);
	}

	public void setEnabled(boolean on) {
		enabled = on;
	}

	public boolean isEnabled() {
		return enabled;
	}

	/** Considers answering {@code event}; returns whether a reply was sent. */
	public boolean messageArrived(AlertEvent event) {
		if (!enabled || event.kind() != EventKind.MESSAGE || !focus.isRunning() || !answered.add(event.from())) {
			return false;
		}
		String until = focus.endsAt().map(end -> "Focusing until " + CLOCK.format(end.atZone(zone))).orElse("Focusing");
		send.accept(event.from(), until + " \u2014 I'll get back to you.");
		return true;
	}

	@Override
	public void focusSessionEnded(FocusDigest digest) {
		answered.clear();
	}
}
