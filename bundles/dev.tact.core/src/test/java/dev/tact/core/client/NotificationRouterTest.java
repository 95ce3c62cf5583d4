package dev.tact.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tact.core.address.BareJid;
import dev.tact.core.alert.AlertEvent;
import dev.tact.core.alert.EventKind;
import dev.tact.core.port.NotificationSink;

class NotificationRouterTest {

	private static final BareJid DANA = BareJid.parse("dana@example.org");
	private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");

	@Test
	void theRouterHandsEachAlertToEveryPresenter() {
		NotificationRouter router = new NotificationRouter();
		StringBuilder heard = new StringBuilder();
		router.add((event, decision, replies) -> heard.append("popup "));
		NotificationSink sound = (event, decision, replies) -> heard.append("sound ");
		router.add(sound);
		AlertEvent event = new AlertEvent(EventKind.MESSAGE, DANA, "hi", false, NOW);
		router.alert(event, null, List.of());
		router.remove(sound);
		router.alert(event, null, List.of());
		assertEquals("popup sound popup ", heard.toString());
	}
}
