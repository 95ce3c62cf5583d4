package dev.tact.ui.internal.chat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import dev.tact.core.address.BareJid;
import dev.tact.core.chat.ChatMessage;
import dev.tact.core.chat.Conversation;
import dev.tact.core.client.TactClient;
import dev.tact.core.contacts.Familiarity;
import dev.tact.core.contacts.TalkFrequency;
import dev.tact.core.etiquette.Draft;
import dev.tact.core.etiquette.EtiquetteHint;

/**
 * Decides what Enter does with a draft: send at once, or first show the etiquette hints the core advisor has for it.
 * Hints never block: pressing Enter again on the same draft sends it anyway. Holds no widgets.
 */
final class SendGate {

	/** Messages of the conversation the advisor looks at. */
	static final int RECENT = 20;
	/** Messages the familiarity estimate is counted from. */
	static final int FAMILIARITY_WINDOW = 500;

	private final TactClient client;
	private final BareJid peer;
	private final String peerName;
	private final boolean room;
	private String advisedDraft;

	/**
	 * @param room whether {@code peer} is a group chat room (only the rules that apply to rooms speak up)
	 */
	SendGate(TactClient client, BareJid peer, String peerName, boolean room) {
		this.client = client;
		this.peer = peer;
		this.peerName = peerName;
		this.room = room;
	}

	/**
	 * The hints to show before sending {@code text}; empty means send now. Empty as well for a draft whose hints
	 * were already shown (the second Enter is "send anyway").
	 */
	List<EtiquetteHint> beforeSending(String text) {
		if (text.equals(advisedDraft)) {
			return List.of();
		}
		List<EtiquetteHint> hints = advise(text);
		advisedDraft = hints.isEmpty() ? null : text;
		return hints;
	}

	/** The draft was edited: whatever was advised no longer applies to it. Returns whether hints went stale. */
	boolean draftChanged(String text) {
		if (advisedDraft != null && !advisedDraft.equals(text)) {
			advisedDraft = null;
			return true;
		}
		return false;
	}

	void sent() {
		advisedDraft = null;
	}

	private List<EtiquetteHint> advise(String text) {
		Instant now = Instant.now();
		Conversation conversation = client.conversations().with(peer);
		List<ChatMessage> recent = conversation.last(RECENT).messages();
		Draft draft = Draft.of(text, recent, client.contacts().presenceOf(peer), now, familiarity(conversation, now))
				.withRecipientName(peerName);
		if (room) {
			draft = draft.inGroupChat();
		}
		return client.etiquette().adviseOnDraft(draft);
	}

	/**
	 * How often we talk with the peer, counted by a {@link TalkFrequency} over the days of the conversation's local
	 * history; a peer without history is {@link Familiarity#RARE}.
	 */
	private Familiarity familiarity(Conversation conversation, Instant now) {
		TalkFrequency frequency = new TalkFrequency(ZoneId.systemDefault());
		for (ChatMessage message : conversation.last(FAMILIARITY_WINDOW).messages()) {
			frequency.talkedWith(peer, message.timestamp());
		}
		return frequency.familiarity(peer, now);
	}
}
