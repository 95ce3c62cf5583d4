package dev.tact.benchmarks;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import dev.tact.core.contacts.ContactChangeFeed;
import dev.tact.core.contacts.ContactPresences;
import dev.tact.core.contacts.ResourcePresence;
import dev.tact.core.port.PeerPresenceEvent;
import dev.tact.core.presence.PeerPresenceInterpreter;

/**
 * The same flood as {@link PresenceFloodBenchmark}, but straight into the two model classes, with stanzas already
 * interpreted: {@link ContactPresences#update} and {@link ContactChangeFeed#changed}. The difference between the two
 * benchmarks is what the client layer (interpretation of the wire form, availability watch) adds.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PresenceModelBenchmark {

	@Param({ "0", "1000" })
	public int spreadMillis;

	private final VirtualTimeScheduler scheduler = new VirtualTimeScheduler();
	private final BatchCounter counter = new BatchCounter();
	private final ContactPresences presences = new ContactPresences();
	private final ContactChangeFeed feed = new ContactChangeFeed(scheduler, ContactChangeFeed.DEFAULT_WINDOW);
	private Burst<ResourcePresence> burst;
	private ResourcePresence[] available;
	private ResourcePresence[] away;
	private boolean nextIsAway;

	@Setup(Level.Trial)
	public void fill() {
		available = interpreted(Roster.flood(Roster.SIZE, Roster.AVAILABLE));
		away = interpreted(Roster.flood(Roster.SIZE, Roster.AWAY));
		burst = new Burst<>(scheduler, ContactChangeFeed.DEFAULT_WINDOW,
				update -> presences.update(update).ifPresent(change -> feed.changed(change.contact())));
		burst.deliver(available, Duration.ZERO);
		scheduler.advanceBy(Duration.ofSeconds(1));
		feed.addListener(counter);
		nextIsAway = true;
	}

	@Benchmark
	@OperationsPerInvocation(Roster.SIZE)
	public void update() {
		counter.burstStarts();
		burst.deliver(nextIsAway ? away : available, Duration.ofMillis(spreadMillis));
		nextIsAway = !nextIsAway;
		counter.burstEnded();
	}

	@TearDown(Level.Trial)
	public void report() {
		counter.print("PresenceModelBenchmark", Roster.SIZE, spreadMillis);
	}

	private static ResourcePresence[] interpreted(PeerPresenceEvent[] events) {
		PeerPresenceInterpreter interpreter = new PeerPresenceInterpreter();
		ResourcePresence[] updates = new ResourcePresence[events.length];
		for (int i = 0; i < events.length; i++) {
			updates[i] = events[i].interpret(interpreter);
		}
		return updates;
	}
}
