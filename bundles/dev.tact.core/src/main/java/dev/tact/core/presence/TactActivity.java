package dev.tact.core.presence;

import java.util.Locale;
import java.util.Optional;

/**
 * What an automatic Busy state says the user is doing, carried in Tact's presence extension so Tact peers can show
 * it precisely (DESIGN §3).
 */
public enum TactActivity {
	CALL,
	DEBUGGING,
	FOCUS;

	/** The value written in the presence extension, e.g. {@code "call"}. */
	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Reads a wire value leniently; anything unknown is empty rather than an error, since peers may be newer. */
	public static Optional<TactActivity> fromWireName(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String wanted = text.strip();
		for (TactActivity activity : values()) {
			if (activity.wireName().equalsIgnoreCase(wanted)) {
				return Optional.of(activity);
			}
		}
		return Optional.empty();
	}
}
