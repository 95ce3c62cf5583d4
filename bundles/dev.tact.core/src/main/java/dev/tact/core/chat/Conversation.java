package dev.tact.core.chat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.tact.core.address.ChatAddress;

/**
 * One conversation (with a contact, or a group chat room): its messages in order and without duplicates, their
 * delivery states, corrections and what each participant is doing. Thread-safe: the XMPP layer feeds it from its
 * threads while the UI reads pages.
 */
public final class Conversation {

	private static final int MAX_HELD_CORRECTIONS = 256;

	private record HeldCorrection(Author corrector, String body) {
	}

	private final ChatAddress address;
	private final MessageTimeline timeline = new MessageTimeline();
	private final Map<String, ChatState> chatStates = new LinkedHashMap<>();
	private final Map<String, Author> participants = new HashMap<>();
	private final Map<MessageId, HeldCorrection> heldCorrections = new LinkedHashMap<>() {
		private static final long serialVersionUID = 1L;

		// Bounded, so corrections of messages that never arrive cannot grow without limit.
		@Override
		protected boolean removeEldestEntry(Map.Entry<MessageId, HeldCorrection> eldest) {
			return size() > MAX_HELD_CORRECTIONS;
		}
	};

	public Conversation(ChatAddress address) {
		this.address = Objects.requireNonNull(address, "address");
	}

	/** The peer's address, the room's, or a room occupant's for a private conversation. */
	public ChatAddress address() {
		return address;
	}

	/**
	 * Adds a message from any source (live, carbon, archive, our own outbox). Returns false if it was a copy of a
	 * message already here; the copy's archive id and delivery progress are merged in.
	 */
	public synchronized boolean add(ChatMessage message) {
		Objects.requireNonNull(message, "message");
		boolean added = timeline.add(message);
		if (added) {
			applyHeldCorrection(message.id());
			stoppedTyping(message.author());
		}
		return added;
	}

	/** Adds an archive page at once. Returns how many messages were new. */
	public synchronized int addAll(Collection<ChatMessage> messages) {
		int added = timeline.addAll(messages);
		if (!heldCorrections.isEmpty()) {
			for (MessageId id : List.copyOf(heldCorrections.keySet())) {
				applyHeldCorrection(id);
			}
		}
		return added;
	}

	/** Takes out the message with {@code id} (a queued message the user cancelled); false if it was not here. */
	public synchronized boolean remove(MessageId id) {
		return timeline.remove(id);
	}

	/** Moves an outgoing message's delivery state forward; a state older than the current one is ignored. */
	public synchronized boolean updateDelivery(MessageId id, DeliveryState state) {
		Optional<ChatMessage> message = timeline.find(id);
		if (message.isEmpty() || !message.get().isOutgoing()) {
			return false;
		}
		ChatMessage advanced = message.get().advancedTo(state);
		return advanced.delivery() != message.get().delivery() && timeline.replace(advanced);
	}

	/**
	 * Applies a correction (XEP-0308) from {@code corrector} to the message {@code original}: only the message's own
	 * author may correct it. A correction that arrives before its original (archive pages can come out of order) is
	 * held and applied when the original is added.
	 */
	public synchronized CorrectionOutcome correct(MessageId original, Author corrector, String newBody) {
		Objects.requireNonNull(original, "original");
		Objects.requireNonNull(corrector, "corrector");
		Optional<ChatMessage> message = timeline.find(original);
		if (message.isEmpty()) {
			heldCorrections.put(original, new HeldCorrection(corrector, newBody));
			return CorrectionOutcome.HELD_FOR_ORIGINAL;
		}
		if (!message.get().author().isSamePersonAs(corrector)) {
			return CorrectionOutcome.REJECTED_OTHER_SENDER;
		}
		timeline.replace(message.get().corrected(newBody));
		return CorrectionOutcome.APPLIED;
	}

	/** Records what {@code participant} is doing; {@link ChatState#GONE} means they left the conversation. */
	public synchronized void updateChatState(Author participant, ChatState state) {
		Objects.requireNonNull(participant, "participant");
		Objects.requireNonNull(state, "state");
		String key = keyOf(participant);
		chatStates.put(key, state);
		participants.put(key, participant);
	}

	/** A message from {@code author} means they finished typing it, whether or not a chat state came with it. */
	private void stoppedTyping(Author author) {
		String key = keyOf(author);
		ChatState state = chatStates.get(key);
		if (state == ChatState.COMPOSING || state == ChatState.PAUSED) {
			chatStates.put(key, ChatState.ACTIVE);
		}
	}


	/** Who is typing right now, in the order they first sent a chat state ("Dana is typing…"). */
	public synchronized List<Author> composing() {
		List<Author> typing = new ArrayList<>();
		chatStates.forEach((key, state) -> {
			if (state == ChatState.COMPOSING) {
				typing.add(participants.get(key));
			}
		});
		return typing;
	}

	public synchronized Optional<ChatMessage> find(MessageId id) {
		return timeline.find(id);
	}

	public synchronized int size() {
		return timeline.size();
	}

	/** The newest {@code count} messages, oldest first: what the chat editor shows when it opens. */
	public synchronized MessagePage last(int count) {
		return timeline.last(count);
	}

	/** The {@code count} messages before {@code anchor}, for scrolling back. */
	public synchronized MessagePage before(MessageId anchor, int count) {
		return timeline.before(anchor, count);
	}

	private void applyHeldCorrection(MessageId id) {
		HeldCorrection held = heldCorrections.get(id);
		if (held == null) {
			return;
		}
		Optional<ChatMessage> message = timeline.find(id);
		if (message.isPresent()) {
			heldCorrections.remove(id);
			if (message.get().author().isSamePersonAs(held.corrector())) {
				timeline.replace(message.get().corrected(held.body()));
			}
		}
	}

	/** In a room the nick names the occupant; in a one-to-one chat the address does. */
	private static String keyOf(Author participant) {
		return participant.nick().isEmpty() ? participant.jid().toString() : "nick:" + participant.nick();
	}
}
