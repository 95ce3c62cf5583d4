package dev.tact.core.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.tact.core.address.BareJid;
import dev.tact.core.testing.ManualScheduler;
import dev.tact.core.testing.MutableClock;

class ContactChangeFeedTest {

	private final MutableClock clock = MutableClock.atMondayMorning();
	private final ManualScheduler scheduler = new ManualScheduler(clock);
	private final ContactChangeFeed feed = new ContactChangeFeed(scheduler, ContactChangeFeed.DEFAULT_WINDOW);
	private final List<Set<BareJid>> batches = new ArrayList<>();

	ContactChangeFeedTest() {
		feed.addListener(batches::add);
	}

	private static BareJid contact(int i) {
		return BareJid.parse("user" + i + "@example.org");
	}

	@Test
	void burstOfTenThousandUpdatesOverASecondArrivesAsAFewBatches() {
		for (int i = 0; i < 10_000; i++) {
			feed.changed(contact(i % 500));
			scheduler.advance(Duration.ofNanos(100_000)); // 10,000 updates spread over one second
		}
		scheduler.advance(Duration.ofSeconds(1));
		assertTrue(batches.size() <= 10, "expected at most 10 batches, got " + batches.size());
		Set<BareJid> everyone = new HashSet<>();
		batches.forEach(everyone::addAll);
		assertEquals(500, everyone.size());
	}

	@Test
	void contactChangedManyTimesInOneWindowAppearsOnce() {
		for (int i = 0; i < 1000; i++) {
			feed.changed(contact(1));
		}
		feed.changed(contact(2));
		scheduler.advance(ContactChangeFeed.DEFAULT_WINDOW);
		assertEquals(List.of(Set.of(contact(1), contact(2))), batches);
		assertEquals(0, scheduler.scheduledCount());
	}

	@Test
	void explicitFlushDeliversAtOnceAndAnEmptyFlushDeliversNothing() {
		feed.changed(contact(1));
		feed.flush();
		feed.flush();
		assertEquals(1, batches.size());
	}

	@Test
	void changesFromManyThreadsAreAllDeliveredExactlyOnce() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		CountDownLatch done = new CountDownLatch(4);
		for (int t = 0; t < 4; t++) {
			int base = t * 2_500;
			pool.execute(() -> {
				for (int i = 0; i < 2_500; i++) {
					feed.changed(contact(base + i));
				}
				done.countDown();
			});
		}
		assertTrue(done.await(10, TimeUnit.SECONDS));
		pool.shutdown();
		scheduler.advance(ContactChangeFeed.DEFAULT_WINDOW);
		assertEquals(1, batches.size());
		assertEquals(10_000, batches.get(0).size());
	}
}
