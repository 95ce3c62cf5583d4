package dev.tact.benchmarks;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import dev.tact.core.address.FullJid;
import dev.tact.core.contacts.ResourcePresence;
import dev.tact.core.port.PeerPresenceEvent;
import dev.tact.core.presence.PeerPresenceInterpreter;
import dev.tact.core.presence.Presence;
import dev.tact.core.presence.PresenceState;

/**
 * Where the client layer's share of a presence update goes: reading one stanza's wire form into a
 * {@link ResourcePresence} (as {@code ContactsModel} does for every update), and, inside that, making the
 * {@link Presence} value alone. Compare with {@link PresenceModelBenchmark}, which starts from interpreted updates.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PresenceInterpretBenchmark {

	private final PeerPresenceInterpreter interpreter = new PeerPresenceInterpreter();
	private final FullJid from = new FullJid(Roster.contact(1), "laptop");
	private final Instant received = Instant.parse("2026-01-05T09:00:00Z");
	private final PeerPresenceEvent available = new PeerPresenceEvent(from, Roster.AVAILABLE, 0, received);
	private final PeerPresenceEvent away = new PeerPresenceEvent(from, Roster.AWAY, 0, received);
	private String note = "at lunch";

	@Benchmark
	public ResourcePresence interpretAvailable() {
		return available.interpret(interpreter);
	}

	@Benchmark
	public ResourcePresence interpretAwayWithNote() {
		return away.interpret(interpreter);
	}

	/** Only the value's constructor, which normalises the note. */
	@Benchmark
	public Presence presenceValue() {
		return Presence.of(PresenceState.AWAY, note);
	}
}
