package dev.tact.ui.internal.contacts;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Control;

import dev.tact.core.port.DirectoryEntry;
import dev.tact.ui.internal.jobs.NetworkJob;
import dev.tact.ui.internal.runtime.TactRuntime;

/**
 * Searches the server's user directory as the user types in the filter, once typing pauses, in a Job. Results for
 * an outdated query are dropped.
 */
final class DirectorySearch {

	private static final int PAUSE_MS = 500;
	private static final int SHORTEST_QUERY = 2;

	private final TactRuntime runtime;
	private final Control owner;
	private final Consumer<List<DirectoryEntry>> results;
	private final Consumer<String> problems;
	private String pending = "";
	private final Runnable search = this::search;

	DirectorySearch(TactRuntime runtime, Control owner, Consumer<List<DirectoryEntry>> results, Consumer<String> problems) {
		this.runtime = runtime;
		this.owner = owner;
		this.results = results;
		this.problems = problems;
	}

	void searchSoon(String text) {
		pending = text.strip();
		owner.getDisplay().timerExec(-1, search);
		if (pending.length() < SHORTEST_QUERY) {
			results.accept(List.of());
			return;
		}
		owner.getDisplay().timerExec(PAUSE_MS, search);
	}

	void dispose() {
		if (!owner.getDisplay().isDisposed()) {
			owner.getDisplay().timerExec(-1, search);
		}
	}

	private void search() {
		if (!runtime.client().connectionStatus().isConnected() || owner.isDisposed()) {
			return;
		}
		String query = pending;
		NetworkJob.schedule("Searching the directory for '" + query + "'", () -> {
			CompletableFuture<List<DirectoryEntry>> found = runtime.client().searchDirectory(query);
			return found.thenAccept(entries -> owner.getDisplay().asyncExec(() -> {
				if (!owner.isDisposed() && query.equals(pending)) {
					results.accept(entries);
				}
			}));
		}, problems);
	}
}
