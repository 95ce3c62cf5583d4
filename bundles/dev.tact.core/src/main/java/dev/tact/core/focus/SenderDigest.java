package dev.tact.core.focus;

import dev.tact.core.address.BareJid;
import java.util.List;

/**
 * Everything one sender sent during a focus session: how many events, how many marked urgent, and up to
 * {@link FocusDigest#MAX_LINES_PER_SENDER} lines (all urgent ones kept, then the earliest), oldest first.
 */
public record SenderDigest(BareJid from, int count, int urgentCount, List<DigestLine> lines) {

	public SenderDigest {
		lines = List.copyOf(lines);
	}

	public boolean hasUrgent() {
		return urgentCount > 0;
	}

	/** How many events are counted but not listed as lines. */
	public int unlistedCount() {
		return count - lines.size();
	}
}
