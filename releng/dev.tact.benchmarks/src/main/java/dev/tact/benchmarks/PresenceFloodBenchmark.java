package dev.tact.benchmarks;

import java.nio.file.Files;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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

import dev.tact.core.store.FileOutboxStorage;
import dev.tact.core.client.TactClient;
import dev.tact.core.contacts.ContactChangeFeed;
import dev.tact.core.port.PeerPresenceEvent;

/**
 * A presence flood through the whole client: a 10,000-contact account attached to a {@link TactClient}, and bursts
 * of 10,000 presence stanzas delivered as the XMPP layer delivers them (interpretation, best presence, availability
 * watch, coalescing feed). The score is per update ({@code @OperationsPerInvocation}); {@code -prof gc}'s
 * {@code gc.alloc.rate.norm} is bytes per update, flushes included. {@code spreadMillis} is how long the burst takes
 * to arrive: 0 is everything at once (a login), 1000 is the design's "10,000 updates over a second".
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PresenceFloodBenchmark {

	@Param({ "0", "1000" })
	public int spreadMillis;

	private final VirtualTimeScheduler scheduler = new VirtualTimeScheduler();
	private final BatchCounter counter = new BatchCounter();
	private TactClient client;
	private BenchAccount account;
	private Burst<PeerPresenceEvent> burst;
	private PeerPresenceEvent[] available;
	private PeerPresenceEvent[] away;
	private boolean nextIsAway;

	@Setup(Level.Trial)
	public void attach() throws IOException {
		available = Roster.flood(Roster.SIZE, Roster.AVAILABLE);
		away = Roster.flood(Roster.SIZE, Roster.AWAY);
		account = new BenchAccount(Roster.contacts(Roster.SIZE));
		client = new TactClient(Clock.fixed(Instant.parse("2026-01-05T09:00:00Z"), ZoneOffset.UTC), ZoneOffset.UTC,
				scheduler, (event, decision, quickReplies) -> {
				}, new FileOutboxStorage(Files.createTempDirectory("tact-outbox-")));
		client.attach(Roster.ME, account);
		burst = new Burst<>(scheduler, ContactChangeFeed.DEFAULT_WINDOW, account::deliverPresence);
		// Everyone comes online first; the view starts counting after the roster and that first flood are shown.
		burst.deliver(available, Duration.ZERO);
		scheduler.advanceBy(Duration.ofSeconds(1));
		client.contacts().addBatchListener(counter);
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
		counter.print("PresenceFloodBenchmark", Roster.SIZE, spreadMillis);
		client.close();
	}
}
