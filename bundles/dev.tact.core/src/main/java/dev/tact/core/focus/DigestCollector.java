package dev.tact.core.focus;

import dev.tact.core.address.BareJid;
import dev.tact.core.alert.AlertEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the events of one focus session, per sender, into a {@link FocusDigest}. Not thread-safe. */
final class DigestCollector {

	private final Map<BareJid, Tally> bySender = new LinkedHashMap<>();

	private static final class Tally {
		int count;
		int urgentCount;
		final List<DigestLine> urgentLines = new ArrayList<>();
		final List<DigestLine> otherLines = new ArrayList<>();
	}

	void record(AlertEvent event) {
		Tally tally = bySender.computeIfAbsent(event.from(), from -> new Tally());
		tally.count++;
		DigestLine line = new DigestLine(event.kind(), FirstLine.of(event.preview(), FocusDigest.MAX_LINE_LENGTH),
				event.urgent(), event.at());
		if (event.urgent()) {
			tally.urgentCount++;
			tally.urgentLines.add(line);
		} else if (tally.otherLines.size() < FocusDigest.MAX_LINES_PER_SENDER) {
			tally.otherLines.add(line);
		}
	}

	FocusDigest build(Instant startedAt, Instant endedAt) {
		List<SenderDigest> senders = new ArrayList<>();
		bySender.forEach((from, tally) -> senders.add(summary(from, tally)));
		// Stable sort: senders with something urgent first, otherwise in the order they first wrote.
		senders.sort(Comparator.comparing((SenderDigest sender) -> !sender.hasUrgent()));
		return new FocusDigest(startedAt, endedAt, senders);
	}

	private static SenderDigest summary(BareJid from, Tally tally) {
		List<DigestLine> lines = new ArrayList<>(tally.urgentLines);
		int room = Math.max(0, FocusDigest.MAX_LINES_PER_SENDER - lines.size());
		lines.addAll(tally.otherLines.subList(0, Math.min(room, tally.otherLines.size())));
		lines.sort(Comparator.comparing(DigestLine::at));
		return new SenderDigest(from, tally.count, tally.urgentCount, lines);
	}
}
