package dev.tact.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import dev.tact.core.chat.ChatMessage;
import dev.tact.core.chat.Conversation;
import dev.tact.core.chat.MessageId;
import dev.tact.core.chat.MessagePage;

/**
 * Opening a long conversation in the chat editor: the newest page ({@link Conversation#last}) and the page before it
 * ({@link Conversation#before}), which is what the editor asks for on open and on the first scroll back. Also the
 * cost of building the 50,000-message conversation from an archive catch-up ({@link Conversation#addAll}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ConversationReadBenchmark {

	static final int MESSAGES = 50_000;
	static final int PAGE = 50;

	private List<ChatMessage> history;
	private Conversation conversation;
	private MessageId anchor;

	@Setup(Level.Trial)
	public void fill() {
		history = History.messages(0, MESSAGES);
		conversation = new Conversation(History.PEER);
		history.forEach(conversation::add);
		anchor = conversation.last(PAGE).messages().get(0).id();
	}

	/** The first screen: the newest 50 messages and the 50 before them. */
	@Benchmark
	public void firstScreen(Blackhole blackhole) {
		MessagePage newest = conversation.last(PAGE);
		blackhole.consume(newest);
		blackhole.consume(conversation.before(newest.messages().get(0).id(), PAGE));
	}

	@Benchmark
	public MessagePage lastPage() {
		return conversation.last(PAGE);
	}

	@Benchmark
	public MessagePage pageBefore() {
		return conversation.before(anchor, PAGE);
	}

	/** A 50,000-message archive catch-up into an empty conversation, in one call (score in ns per whole load). */
	@Benchmark
	public Conversation loadArchive() {
		Conversation fresh = new Conversation(History.PEER);
		fresh.addAll(history);
		return fresh;
	}
}
