package dev.tact.core.contacts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.tact.core.address.BareJid;

/**
 * Incoming add requests the user has not answered yet, oldest first. A repeated request from the same person
 * replaces the earlier one instead of queuing twice. Thread-safe.
 */
public final class PendingAddRequests {

	private final Map<BareJid, SubscriptionRequest> byRequester = new LinkedHashMap<>();

	/** Returns true if this person had no request pending yet (time to notify the user). */
	public synchronized boolean received(SubscriptionRequest request) {
		return byRequester.put(request.from(), request) == null;
	}

	/** The user answered (or the requester withdrew): the request leaves the list. */
	public synchronized Optional<SubscriptionRequest> resolved(BareJid from) {
		return Optional.ofNullable(byRequester.remove(from));
	}

	public synchronized List<SubscriptionRequest> pending() {
		return List.copyOf(byRequester.values());
	}

	public synchronized boolean isEmpty() {
		return byRequester.isEmpty();
	}
}
