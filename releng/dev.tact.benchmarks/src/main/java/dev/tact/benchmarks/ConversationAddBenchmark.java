package dev.tact.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import dev.tact.core.chat.ChatMessage;
import dev.tact.core.chat.Conversation;

/**
 * Adding one message to a 50,000-message conversation: the newest one (a live message, the usual case) and one that
 * belongs in the middle (a delayed or archived message arriving alone). A conversation only grows, so each
 * invocation adds {@value #ADDS} messages and the conversation is rebuilt, outside the measured time, every
 * {@value #ROUNDS} invocations: the size stays between 50,000 and 60,000. The rebuild's allocation lands in
 * {@code -prof gc}'s figure, so allocation per add is measured by {@link ConversationFootprint} instead.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ConversationAddBenchmark {

	static final int ADDS = 1_000;
	static final int ROUNDS = 10;

	private List<ChatMessage> history;
	private ChatMessage[] newest;
	private ChatMessage[] middle;
	private Conversation conversation;
	private int round;

	@Setup(Level.Trial)
	public void prepare() {
		int size = ConversationReadBenchmark.MESSAGES;
		history = History.messages(0, size);
		newest = new ChatMessage[ADDS * ROUNDS];
		middle = new ChatMessage[ADDS * ROUNDS];
		for (int i = 0; i < newest.length; i++) {
			newest[i] = History.message(size + i, History.START.plus(History.GAP.multipliedBy(size + i)), "new");
			// A second after message number size/2, so each lands in the middle of the order.
			middle[i] = History.message(i, History.START.plus(History.GAP.multipliedBy(size / 2))
					.plus(Duration.ofMillis(i % 1000)), "late");
		}
	}

	@Setup(Level.Invocation)
	public void refill() {
		if (conversation == null || round == ROUNDS) {
			conversation = new Conversation(History.PEER);
			conversation.addAll(history);
			round = 0;
		}
	}

	@Benchmark
	@OperationsPerInvocation(ADDS)
	public void addNewest() {
		add(newest);
	}

	@Benchmark
	@OperationsPerInvocation(ADDS)
	public void addInMiddle() {
		add(middle);
	}

	private void add(ChatMessage[] messages) {
		int from = round++ * ADDS;
		for (int i = from; i < from + ADDS; i++) {
			conversation.add(messages[i]);
		}
	}
}
