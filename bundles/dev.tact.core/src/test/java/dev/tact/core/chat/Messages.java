package dev.tact.core.chat;

import java.time.Instant;

import dev.tact.core.address.BareJid;

/** Test data for conversations. */
final class Messages {

	static final Instant T0 = Instant.parse("2025-03-10T09:00:00Z");
	static final Author ME = Author.of(BareJid.parse("me@example.org"));
	static final Author DANA = Author.of(BareJid.parse("dana@example.org"));

	private Messages() {
	}

	static ChatMessage fromDana(String id, int second, String body) {
		return ChatMessage.incoming(MessageId.of(id), DANA, body, T0.plusSeconds(second));
	}

	static ChatMessage fromMe(String id, int second, String body) {
		return ChatMessage.outgoing(MessageId.of(id), ME, body, T0.plusSeconds(second));
	}

	static String ids(MessagePage page) {
		return String.join(",", page.messages().stream().map(m -> m.id().value()).toList());
	}
}
