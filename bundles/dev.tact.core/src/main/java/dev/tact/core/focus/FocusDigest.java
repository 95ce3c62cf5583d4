package dev.tact.core.focus;

import java.time.Instant;
import java.util.List;

/**
 * What arrived during a focus session, handed back when it ends (DESIGN §4: nothing is dropped). Senders with an
 * urgent event come first, then in the order they first wrote.
 */
public record FocusDigest(Instant startedAt, Instant endedAt, List<SenderDigest> senders) {

	/** Lines listed per sender; the count still tells how many there were. */
	public static final int MAX_LINES_PER_SENDER = 5;
	/** Longest first line shown, in characters, before an ellipsis. */
	public static final int MAX_LINE_LENGTH = 80;

	public FocusDigest {
		senders = List.copyOf(senders);
	}

	public boolean isEmpty() {
		return senders.isEmpty();
	}

	public int totalCount() {
		return senders.stream().mapToInt(SenderDigest::count).sum();
	}

	public int urgentCount() {
		return senders.stream().mapToInt(SenderDigest::urgentCount).sum();
	}
}
