package dev.tact.core.etiquette;

import java.time.Instant;
import java.util.List;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.Author;
import dev.tact.core.chat.ChatMessage;
import dev.tact.core.chat.MessageId;
import dev.tact.core.contacts.Familiarity;
import dev.tact.core.presence.Presence;
import dev.tact.core.presence.PresenceState;

/** Test data for etiquette rules. */
final class Drafts {

	static final Instant NOW = Instant.parse("2025-03-10T09:00:00Z");
	static final Author ME = Author.of(BareJid.parse("me@example.org"));
	static final Author DANA = Author.of(BareJid.parse("dana@example.org"));
	static final Presence AVAILABLE = Presence.of(PresenceState.AVAILABLE);

	private Drafts() {
	}

	/** A first message to an available, rarely contacted person. */
	static Draft toRareContact(String text) {
		return Draft.of(text, List.of(), AVAILABLE, NOW, Familiarity.RARE);
	}

	static Draft toFrequentContact(String text) {
		return Draft.of(text, List.of(), AVAILABLE, NOW, Familiarity.FREQUENT);
	}

	static Draft to(PresenceState state, String text) {
		return Draft.of(text, List.of(), Presence.of(state), NOW, Familiarity.FREQUENT);
	}

	static ChatMessage mine(int minutesAgo, String body) {
		return ChatMessage.outgoing(MessageId.random(), ME, body, NOW.minusSeconds(60L * minutesAgo));
	}

	static ChatMessage theirs(int minutesAgo, String body) {
		return ChatMessage.incoming(MessageId.random(), DANA, body, NOW.minusSeconds(60L * minutesAgo));
	}
}
