package dev.tact.core.client;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.tact.core.alert.AlertDecision;
import dev.tact.core.alert.AlertEvent;
import dev.tact.core.port.NotificationSink;

/**
 * Hands each alert the policy decided on to the UI's presenters (popup, sound, badge); each presenter acts only on
 * the parts of the decision that are its own, so a muted alert reaches no speaker and a queued one no popup.
 */
public final class NotificationRouter implements NotificationSink {

	private final List<NotificationSink> presenters = new CopyOnWriteArrayList<>();

	public void add(NotificationSink presenter) {
		presenters.add(presenter);
	}

	public void remove(NotificationSink presenter) {
		presenters.remove(presenter);
	}

	@Override
	public void alert(AlertEvent event, AlertDecision decision, List<String> quickReplies) {
		for (NotificationSink presenter : presenters) {
			presenter.alert(event, decision, quickReplies);
		}
	}
}
