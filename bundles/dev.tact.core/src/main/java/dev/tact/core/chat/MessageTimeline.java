package dev.tact.core.chat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The messages of one conversation in display order, each exactly once.
 * <p>
 * <b>Order:</b> by {@link ChatMessage#timestamp()} (server or archive time); messages with equal timestamps keep the
 * order in which they were first added, so the view never reshuffles ties.<br>
 * <b>De-duplication:</b> a message whose origin id or archive stanza id is already present is a copy (a carbon, an
 * archive catch-up, a resend) and is merged into the existing one instead of being shown twice.<br>
 * <b>Cost:</b> appending in time order and lookups are O(1); paging copies only the page. Not thread-safe: use it
 * through {@link Conversation} or from one thread.
 */
public final class MessageTimeline {

	/** A message's fixed place in the order; the message itself is replaced as it is delivered or corrected. */
	private static final class Slot {
		final Instant timestamp;
		final long sequence;
		ChatMessage message;

		Slot(ChatMessage message, long sequence) {
			this.timestamp = message.timestamp();
			this.sequence = sequence;
			this.message = message;
		}
	}

	private static final Comparator<Slot> ORDER = Comparator.<Slot, Instant>comparing(s -> s.timestamp)
			.thenComparingLong(s -> s.sequence);

	private final List<Slot> slots = new ArrayList<>();
	private final Map<MessageId, Slot> byId = new HashMap<>();
	private final Map<String, Slot> byStanzaId = new HashMap<>();
	private long nextSequence;

	/** Adds a message, or merges it into its earlier copy. Returns whether it was new. */
	public boolean add(ChatMessage message) {
		if (mergeIntoCopy(message)) {
			return false;
		}
		Slot slot = newSlot(message);
		slots.add(insertionPoint(slot), slot);
		return true;
	}

	/**
	 * Adds many messages at once (an archive catch-up), sorting once instead of inserting one by one. Returns how many
	 * were new.
	 */
	public int addAll(Collection<ChatMessage> messages) {
		int added = 0;
		boolean outOfOrder = false;
		for (ChatMessage message : messages) {
			if (message == null || mergeIntoCopy(message)) {
				continue;
			}
			Slot slot = newSlot(message);
			outOfOrder |= !slots.isEmpty() && ORDER.compare(slots.get(slots.size() - 1), slot) > 0;
			slots.add(slot);
			added++;
		}
		if (outOfOrder) {
			slots.sort(ORDER);
		}
		return added;
	}

	public Optional<ChatMessage> find(MessageId id) {
		Slot slot = byId.get(id);
		return slot == null ? Optional.empty() : Optional.of(slot.message);
	}

	/** Replaces the stored message with the same id (its place in the order does not change). */
	public boolean replace(ChatMessage updated) {
		Slot slot = byId.get(updated.id());
		if (slot == null) {
			return false;
		}
		slot.message = updated;
		indexStanzaId(slot);
		return true;
	}

	/** Takes the message with {@code id} out (a queued message the user cancelled). Returns whether it was there. */
	public boolean remove(MessageId id) {
		Slot slot = byId.remove(id);
		if (slot == null) {
			return false;
		}
		int index = indexOf(slot);
		if (index >= 0) {
			slots.remove(index);
		}
		if (slot.message.stanzaId() != null) {
			byStanzaId.remove(slot.message.stanzaId(), slot);
		}
		return true;
	}

	public int size() {
		return slots.size();
	}

	/** The newest {@code count} messages, oldest first. */
	public MessagePage last(int count) {
		return window(slots.size(), count);
	}

	/** The {@code count} messages just before {@code anchor}, oldest first; empty if the anchor is unknown. */
	public MessagePage before(MessageId anchor, int count) {
		Slot slot = byId.get(anchor);
		if (slot == null) {
			return MessagePage.empty();
		}
		int index = indexOf(slot);
		return index < 0 ? MessagePage.empty() : window(index, count);
	}

	private MessagePage window(int endExclusive, int count) {
		int from = Math.max(0, endExclusive - Math.max(0, count));
		List<ChatMessage> page = new ArrayList<>(endExclusive - from);
		for (int i = from; i < endExclusive; i++) {
			page.add(slots.get(i).message);
		}
		return new MessagePage(page, from > 0);
	}

	private boolean mergeIntoCopy(ChatMessage copy) {
		Slot existing = byId.get(copy.id());
		if (existing == null && copy.stanzaId() != null) {
			existing = byStanzaId.get(copy.stanzaId());
		}
		if (existing == null) {
			return false;
		}
		ChatMessage merged = existing.message;
		if (merged.stanzaId() == null && copy.stanzaId() != null) {
			merged = merged.withStanzaId(copy.stanzaId());
		}
		if (merged.direction() == copy.direction()) {
			// An archive or carbon copy of our own message proves the server accepted it.
			merged = merged.advancedTo(copy.delivery());
		}
		existing.message = merged;
		indexStanzaId(existing);
		return true;
	}

	private Slot newSlot(ChatMessage message) {
		Slot slot = new Slot(message, nextSequence++);
		byId.put(message.id(), slot);
		indexStanzaId(slot);
		return slot;
	}

	private void indexStanzaId(Slot slot) {
		String stanzaId = slot.message.stanzaId();
		if (stanzaId != null) {
			byStanzaId.putIfAbsent(stanzaId, slot);
		}
	}

	/** The index after every slot that sorts before or equal to {@code slot}: O(1) for the usual append. */
	private int insertionPoint(Slot slot) {
		int low = 0;
		int high = slots.size();
		if (high == 0 || ORDER.compare(slots.get(high - 1), slot) <= 0) {
			return high;
		}
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (ORDER.compare(slots.get(mid), slot) <= 0) {
				low = mid + 1;
			} else {
				high = mid;
			}
		}
		return low;
	}

	private int indexOf(Slot slot) {
		int low = 0;
		int high = slots.size() - 1;
		while (low <= high) {
			int mid = (low + high) >>> 1;
			int c = ORDER.compare(slots.get(mid), slot);
			if (c == 0) {
				return mid;
			}
			if (c < 0) {
				low = mid + 1;
			} else {
				high = mid - 1;
			}
		}
		return -1;
	}
}
