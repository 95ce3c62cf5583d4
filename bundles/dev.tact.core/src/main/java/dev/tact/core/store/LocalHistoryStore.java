package dev.tact.core.store;

/** Where {@link LocalHistory} is kept. Calls are quick local writes on Tact's timer thread, never the UI's. */
public interface LocalHistoryStore {

	/** What the last session kept; empty on the first run or when nothing could be read. */
	LocalHistory load();

	/** Replaces what is kept; throws an unchecked exception when it could not be written. */
	void save(LocalHistory history);
}
