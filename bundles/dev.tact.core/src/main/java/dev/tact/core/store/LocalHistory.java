package dev.tact.core.store;

import java.util.List;
import java.util.Map;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.ChatMessage;

/**
 * What Tact keeps on the user's machine between sessions, so that a restart does not greet old colleagues as
 * strangers: the Recent Contacts (most recent first), the days we talked with each person in the last month, and
 * the last page of each conversation. The server's archive stays the full record.
 */
public record LocalHistory(List<BareJid> recent, Map<BareJid, List<Long>> talkDays,
		Map<BareJid, List<ChatMessage>> lastPages) {

	public LocalHistory {
		recent = List.copyOf(recent);
		talkDays = Map.copyOf(talkDays);
		lastPages = Map.copyOf(lastPages);
	}

	public static LocalHistory empty() {
		return new LocalHistory(List.of(), Map.of(), Map.of());
	}
}
