package dev.tact.core.port;

import java.util.List;

import dev.tact.core.alert.AlertDecision;
import dev.tact.core.alert.AlertEvent;

/**
 * Where alerts end up: the UI plays the sound, shows the popup (with quick replies) and marks the sender, as the
 * alert policy decided. Called from any thread; the UI hops to its own.
 */
public interface NotificationSink {

	/**
	 * Renders {@code event} as {@code decision} says (sound, popup, badge). {@code quickReplies} are offered in the
	 * popup for a message, e.g. {@link dev.tact.core.etiquette.QuickReplies#DEFAULT}.
	 */
	void alert(AlertEvent event, AlertDecision decision, List<String> quickReplies);
}
