package dev.tact.core.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class BodyLimitTest {

	@Test
	void aBodyUpToTheLimitIsKeptWhole() {
		String body = "x".repeat(BodyLimit.KEPT_CHARACTERS);
		assertSame(body, BodyLimit.kept(body));
	}

	@Test
	void aLongerBodyKeepsItsStartAndSaysHowMuchWasLeftOutOnce() {
		String megabyte = "x".repeat(1024 * 1024);

		String kept = BodyLimit.kept(megabyte);
		assertTrue(kept.length() <= BodyLimit.KEPT_CHARACTERS);
		assertTrue(kept.endsWith("[769 more KB not kept: no standard server carries a message this long]"), kept.substring(kept.length() - 90));
		assertSame(kept, BodyLimit.kept(kept), "what was kept is not cut again");
	}

	@Test
	void everyMessageIsHeldToIt() {
		ChatMessage message = ChatMessage.incoming(MessageId.random(), Author.of(dev.tact.core.address.BareJid.parse("m@example.org")),
				"y".repeat(2 * BodyLimit.KEPT_CHARACTERS), Instant.EPOCH);

		assertTrue(message.body().length() <= BodyLimit.KEPT_CHARACTERS);
		assertEquals(message.body(), message.advancedTo(DeliveryState.READ).body());
	}
}
