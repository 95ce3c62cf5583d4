package dev.tact.core.transcript;

import java.util.HashSet;
import java.util.Set;

import dev.tact.core.chat.MessageId;

/**
 * How many of a conversation's latest messages a chat editor shows, and which long ones the user opened in full.
 * It opens on one {@link #PAGE}; history loaded on request widens it, and so do new messages, so that loaded
 * history stays in view while the talk goes on. Both are bounded: past {@link #FOLLOWING} messages, new ones push
 * the oldest out of view (back behind "Load earlier messages") instead of growing the transcript for ever, and no
 * more than {@link #LOADED} are ever shown at once.
 */
public final class HistoryWindow {

	/** Messages shown when the editor opens, and loaded per step back in history. */
	public static final int PAGE = 50;
	/** New messages widen the window up to this size; beyond it, the window slides. */
	public static final int FOLLOWING = 500;
	/** The most a window holds, however far back the user loads. */
	public static final int LOADED = 2_000;

	private final Set<MessageId> expanded = new HashSet<>();
	private int size = PAGE;
	private int known;

	/** @param conversationSize how many messages the conversation holds when the editor opens */
	public HistoryWindow(int conversationSize) {
		this.known = conversationSize;
	}

	/** The conversation now holds {@code total} messages; returns how many of the latest to show. */
	public int show(int total) {
		int arrived = Math.max(0, total - known);
		known = total;
		if (size < FOLLOWING) {
			size = Math.min(FOLLOWING, size + arrived);
		}
		return size;
	}

	/** {@code count} older messages were loaded (from local history or the archive) to be shown above. */
	public void loadedEarlier(int count, int total) {
		size = Math.min(LOADED, size + Math.max(0, count));
		known = total;
	}

	/** The user asked to see all of {@code id}, not just its start. */
	public void expand(MessageId id) {
		expanded.add(id);
	}

	/** The long messages shown in full. */
	public Set<MessageId> expanded() {
		return Set.copyOf(expanded);
	}
}
