package dev.tact.xmpp.tests;

import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * When to SIGKILL the server while messages flow: {@code crashes} random message numbers, at least 60 apart, none
 * in the first 50 or last 100, and for each a restart within the next 40 messages.
 */
final class CrashSchedule {

	private final Random random;
	private final Set<Integer> crashAt = new TreeSet<>();
	private int restartAt = -1;

	CrashSchedule(long seed, int messages, int crashes) {
		random = new Random(seed);
		while (crashAt.size() < crashes) {
			crashAt.add(50 + random.nextInt(messages - 150));
			crashAt.removeIf(c -> crashAt.stream().anyMatch(o -> o < c && c - o < 60));
		}
	}

	/** Whether to kill the server after message {@code i}; plans its restart if so. */
	boolean crashAfter(int i) {
		if (crashAt.contains(i)) {
			restartAt = i + 1 + random.nextInt(40);
			return true;
		}
		return false;
	}

	boolean restartAfter(int i) {
		return i == restartAt;
	}

	@Override
	public String toString() {
		return crashAt.toString();
	}
}
