package dev.tact.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.Author;
import dev.tact.core.chat.ChatMessage;
import dev.tact.core.chat.DeliveryState;
import dev.tact.core.chat.Direction;
import dev.tact.core.chat.MessageId;

/**
 * A long one-to-one conversation as the XMPP layer would hand it over: the two people take turns, one message every
 * 30 seconds, each with a UUID origin id, an archive stanza id, its own author value and a body of typical chat
 * length (about 60 characters). Bodies, ids and timestamps are distinct objects per message, as parsed stanzas are;
 * the two addresses' strings are shared.
 */
final class History {

	static final BareJid PEER = new BareJid("dana", "bench.example");
	static final Instant START = Instant.parse("2024-01-01T08:00:00Z");
	static final Duration GAP = Duration.ofSeconds(30);

	private static final String[] BODIES = {
			"ok",
			"Can you have a look at the failing build?",
			"I'm in a meeting until 3, after that sure",
			"The NPE comes from ContactList.members when the group is empty, see ContactList.java:88",
			"thanks!",
			"Pushed a fix to the branch, CI is running now. Let me know if the flaky test shows up again.",
			"lunch?",
			"```\nfor (Contact c : roster.all()) {\n\tfeed.changed(c.jid());\n}\n```",
			"Looks good to me, merging.",
			"Could we move the review to tomorrow morning? Today is packed." };

	private History() {
	}

	/** {@code count} messages in time order, numbered from {@code first}. */
	static List<ChatMessage> messages(int first, int count) {
		List<ChatMessage> messages = new ArrayList<>(count);
		for (int i = first; i < first + count; i++) {
			messages.add(message(i, START.plus(GAP.multipliedBy(i)), "h"));
		}
		return messages;
	}

	/** Message number {@code n} at {@code at}; {@code kind} keeps ids of different series apart. */
	static ChatMessage message(int n, Instant at, String kind) {
		boolean mine = n % 2 == 1;
		Author author = Author.of(new BareJid(mine ? Roster.ME.local() : PEER.local(), PEER.domain()));
		return new ChatMessage(MessageId.of(new UUID(kind.hashCode(), n).toString()), kind + "-mam-" + Long.toString(
				0x5eed_0000_0000L + n, 36), author, mine ? Direction.OUTGOING : Direction.INCOMING,
				BODIES[n % BODIES.length] + " (" + n + ")", at, mine ? DeliveryState.READ : DeliveryState.DELIVERED,
				false);
	}

	static double averageBodyLength(List<ChatMessage> messages) {
		return messages.stream().mapToInt(m -> m.body().length()).average().orElse(0);
	}
}
