package dev.tact.core.transcript;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Remembers which {@code path} of a {@code path:line} reference names one of the user's files, so that laying out a
 * transcript does not search the workspace once per token on every refresh. Bounded (a peer can write endless
 * distinct paths); {@link #forgetAll()} when files are added, removed or moved. Not thread-safe: the UI thread's.
 */
public final class KnownPaths implements Predicate<String> {

	static final int REMEMBERED = 1_024;

	private final Predicate<String> lookup;
	private final Map<String, Boolean> answers = new LinkedHashMap<>(64, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
			return size() > REMEMBERED;
		}
	};

	public KnownPaths(Predicate<String> lookup) {
		this.lookup = Objects.requireNonNull(lookup, "lookup");
	}

	@Override
	public boolean test(String path) {
		Boolean known = answers.get(path);
		if (known == null) {
			known = lookup.test(path);
			answers.put(path, known);
		}
		return known;
	}

	/** The user's files changed: every path is looked up again when next asked about. */
	public void forgetAll() {
		answers.clear();
	}
}
