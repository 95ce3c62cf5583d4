package dev.tact.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.util.List;

import com.sun.management.ThreadMXBean;

import dev.tact.core.chat.ChatMessage;
import dev.tact.core.chat.Conversation;

/**
 * Memory per message of a long conversation, measured as retained heap: the heap in use after a full GC, before and
 * after building something that stays reachable, divided by its number of messages. Two steps per size: the message
 * values alone (ids, body, author, timestamp), then a {@link Conversation} holding them (its ordering slots and two
 * indexes). Several sizes show whether growth is linear. Run it with {@code -XX:+UseSerialGC} so that
 * {@code System.gc()} is one full, compacting collection; run.sh does.
 * <p>
 * Also prints the bytes allocated per {@link Conversation#add} into a 50,000-message conversation (this thread's
 * allocation counter around 10,000 adds, after warm-up), which the JMH add benchmark cannot report cleanly.
 */
public final class ConversationFootprint {

	private static final int[] SIZES = { 10_000, 25_000, 50_000, 100_000 };

	private ConversationFootprint() {
	}

	public static void main(String[] args) throws InterruptedException {
		System.out.printf("TACT-FOOTPRINT %-9s %12s %12s %12s %14s%n", "messages", "values B/msg", "index B/msg",
				"total B/msg", "total MiB");
		for (int size : SIZES) {
			long base = settledHeap();
			List<ChatMessage> values = History.messages(0, size);
			long withValues = settledHeap();
			Conversation conversation = new Conversation(History.PEER);
			values.forEach(conversation::add);
			long withConversation = settledHeap();
			System.out.printf("TACT-FOOTPRINT %-9d %12d %12d %12d %14.1f%n", size, (withValues - base) / size,
					(withConversation - withValues) / size, (withConversation - base) / size,
					(withConversation - base) / (1024.0 * 1024));
			Reference.reachabilityFence(values);
			Reference.reachabilityFence(conversation);
		}
		System.out.printf("TACT-FOOTPRINT average body length: %.0f characters%n",
				History.averageBodyLength(History.messages(0, 1_000)));
		System.out.printf("TACT-ALLOC add into 50,000: %d B/add (conversation only, message values prebuilt)%n",
				allocationPerAdd());
	}

	private static long allocationPerAdd() {
		int size = ConversationReadBenchmark.MESSAGES;
		int adds = 10_000;
		List<ChatMessage> history = History.messages(0, size);
		List<ChatMessage> newer = History.messages(size, adds);
		long perAdd = 0;
		for (int round = 0; round < 5; round++) { // the first rounds warm the JIT up; the last one counts
			Conversation conversation = new Conversation(History.PEER);
			conversation.addAll(history);
			long before = allocatedByThisThread();
			for (ChatMessage message : newer) {
				conversation.add(message);
			}
			perAdd = (allocatedByThisThread() - before) / adds;
		}
		return perAdd;
	}

	private static long allocatedByThisThread() {
		return ((ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
	}

	private static long settledHeap() throws InterruptedException {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(50);
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}
}
