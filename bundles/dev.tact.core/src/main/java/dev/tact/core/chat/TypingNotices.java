package dev.tact.core.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Predicate;

import dev.tact.core.time.TaskScheduler;

/**
 * Tells the other side of one conversation whether we are typing (XEP-0085), from how the draft changes: "composing"
 * once when typing starts (not per keystroke), "paused" when typing stopped for {@link #PAUSE} with text left, and
 * "active" when the draft is emptied without sending. Sending needs no notice: the message itself carries "active".
 * Thread-safe: the draft changes on the UI thread, the pause check runs on the scheduler's.
 */
public final class TypingNotices {

	/** How long without a keystroke counts as stopping (XEP-0085 suggests about 30 s for paused; people notice 5 s). */
	public static final Duration PAUSE = Duration.ofSeconds(5);

	private final Clock clock;
	private final TaskScheduler scheduler;
	private final Predicate<ChatState> send;
	private ChatState told = ChatState.ACTIVE;
	private Instant lastKeystroke = Instant.MIN;
	private boolean pauseCheckPending;

	/**
	 * @param send tells the other side, returning whether it did (not while signed out, or while the user does not
	 *            want typing shown): what was not told is told with the next keystroke
	 */
	public TypingNotices(Clock clock, TaskScheduler scheduler, Predicate<ChatState> send) {
		this.clock = Objects.requireNonNull(clock, "clock");
		this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
		this.send = Objects.requireNonNull(send, "send");
	}

	/** The draft now reads {@code text}. */
	public synchronized void draftChanged(String text) {
		if (text == null || text.isBlank()) {
			if (told != ChatState.ACTIVE) {
				tell(ChatState.ACTIVE);
			}
			return;
		}
		lastKeystroke = clock.instant();
		if (told != ChatState.COMPOSING) {
			tell(ChatState.COMPOSING);
		}
		if (!pauseCheckPending) {
			pauseCheckPending = true;
			scheduler.schedule(PAUSE, this::checkPause);
		}
	}

	/** The draft was sent: the message told the other side we are active. */
	public synchronized void sent() {
		told = ChatState.ACTIVE;
	}

	/** What the other side was told last. */
	public synchronized ChatState told() {
		return told;
	}

	private synchronized void checkPause() {
		pauseCheckPending = false;
		if (told != ChatState.COMPOSING) {
			return;
		}
		Duration quiet = Duration.between(lastKeystroke, clock.instant());
		if (quiet.compareTo(PAUSE) >= 0) {
			tell(ChatState.PAUSED);
		} else {
			pauseCheckPending = true;
			scheduler.schedule(PAUSE.minus(quiet), this::checkPause);
		}
	}

	private void tell(ChatState state) {
		if (send.test(state)) {
			told = state;
		}
	}
}
