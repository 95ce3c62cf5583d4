package dev.tact.core.client;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.tact.core.address.BareJid;
import dev.tact.core.address.ChatAddress;
import dev.tact.core.chat.ChatMessage;
import dev.tact.core.store.LocalHistory;
import dev.tact.core.store.LocalHistoryStore;
import dev.tact.core.time.TaskScheduler;

/**
 * Keeps the user's recent past across restarts through a {@link LocalHistoryStore}: on start the last page of each
 * conversation, the Recent Contacts and who counts as a frequent contact come back; afterwards every change is
 * saved a few seconds later (on the timer thread), and once more when the client closes.
 */
final class HistoryKeeper {

	/** Messages kept per conversation: one screen of the chat editor. */
	static final int PAGE = 50;
	/** Conversations kept, the most recently active ones. */
	static final int CONVERSATIONS = 200;
	static final Duration SAVE_DELAY = Duration.ofSeconds(5);
	private static final System.Logger LOG = System.getLogger(HistoryKeeper.class.getName());

	private final Conversations conversations;
	private final ContactsModel contacts;
	private final TaskScheduler scheduler;
	private final LocalHistoryStore store;
	private final AtomicBoolean saveScheduled = new AtomicBoolean();

	HistoryKeeper(Conversations conversations, ContactsModel contacts, TaskScheduler scheduler, LocalHistoryStore store) {
		this.conversations = conversations;
		this.contacts = contacts;
		this.scheduler = scheduler;
		this.store = store;
	}

	/** Brings back what the last session kept, then saves whatever changes from now on. */
	void start() {
		LocalHistory kept = store.load();
		kept.lastPages().forEach((address, page) -> {
			if (conversations.with(address).addAll(page) > 0) {
				conversations.changed(address);
			}
		});
		kept.recent().reversed().forEach(contacts::talkedWith);
		kept.talkDays().forEach(contacts.frequency()::restore);
		conversations.addChangeListener(address -> changed());
	}

	void changed() {
		if (saveScheduled.compareAndSet(false, true)) {
			scheduler.schedule(SAVE_DELAY, this::save);
		}
	}

	void save() {
		saveScheduled.set(false);
		try {
			store.save(snapshot());
		} catch (RuntimeException e) {
			LOG.log(Level.WARNING, "Could not keep the recent conversations on disk", e);
		}
	}

	private LocalHistory snapshot() {
		List<Map.Entry<BareJid, List<ChatMessage>>> pages = new ArrayList<>();
		for (ChatAddress address : conversations.addresses()) {
			if (!(address instanceof BareJid peer)) {
				continue; // a private chat is with a nick, which may be someone else by the next start
			}
			List<ChatMessage> page = conversations.with(address).last(PAGE).messages();
			if (!page.isEmpty()) {
				pages.add(Map.entry(peer, page));
			}
		}
		pages.sort(Comparator.comparing((Map.Entry<BareJid, List<ChatMessage>> e) -> lastTime(e.getValue())).reversed());
		Map<BareJid, List<ChatMessage>> kept = new LinkedHashMap<>();
		pages.stream().limit(CONVERSATIONS).forEach(e -> kept.put(e.getKey(), e.getValue()));
		return new LocalHistory(contacts.recent(), contacts.frequency().days(), kept);
	}

	private static Instant lastTime(List<ChatMessage> page) {
		return page.get(page.size() - 1).timestamp();
	}
}
