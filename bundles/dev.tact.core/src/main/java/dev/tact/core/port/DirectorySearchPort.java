package dev.tact.core.port;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Searches the server's user directory (XEP-0055) by name or address. */
public interface DirectorySearchPort {

	/** The people matching {@code text}; empty when the server has no directory. */
	CompletableFuture<List<DirectoryEntry>> search(String text);
}
