package dev.tact.core.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class KnownPathsTest {

	private final Set<String> files = new HashSet<>(Set.of("src/Main.java"));
	private final AtomicInteger lookups = new AtomicInteger();
	private final KnownPaths known = new KnownPaths(path -> {
		lookups.incrementAndGet();
		return files.contains(path);
	});

	@Test
	void eachPathIsLookedUpOnceUntilTheFilesChange() {
		for (int refresh = 0; refresh < 10; refresh++) {
			assertTrue(known.test("src/Main.java"));
			assertFalse(known.test("example.org"));
		}
		assertEquals(2, lookups.get());

		files.add("example.org");
		assertFalse(known.test("example.org"), "remembered until told the files changed");
		known.forgetAll();
		assertTrue(known.test("example.org"));
	}

	@Test
	void endlessDistinctPathsKeepOnlyTheRecentOnes() {
		for (int i = 0; i < 10 * KnownPaths.REMEMBERED; i++) {
			known.test("p" + i + ".java");
		}
		int before = lookups.get();
		known.test("p0.java");
		assertEquals(before + 1, lookups.get(), "the oldest was forgotten");
		known.test("p" + (10 * KnownPaths.REMEMBERED - 1) + ".java");
		assertEquals(before + 1, lookups.get(), "the latest is remembered");
	}
}
