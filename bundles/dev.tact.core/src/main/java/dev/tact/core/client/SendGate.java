package dev.tact.core.client;

import java.time.Clock;
import java.util.List;

import dev.tact.core.address.BareJid;
import dev.tact.core.address.ChatAddress;
import dev.tact.core.chat.ChatMessage;
import dev.tact.core.chat.Conversation;
import dev.tact.core.etiquette.Draft;
import dev.tact.core.etiquette.EtiquetteHint;
import dev.tact.core.presence.Presence;

/**
 * Decides what Enter does with a draft: send at once, or first show the etiquette hints the advisor has for it.
 * Hints never block: pressing Enter again on the same draft sends it anyway. One per chat editor; holds no widgets.
 */
public final class SendGate {

	/** Messages of the conversation the advisor looks at. */
	static final int RECENT = 20;

	private final TactClient client;
	private final Clock clock;
	private final ChatAddress peer;
	private final String peerName;
	private final boolean room;
	private String advisedDraft;

	/** @param room whether {@code peer} is a group chat room (only the rules that apply to rooms speak up) */
	SendGate(TactClient client, Clock clock, ChatAddress peer, String peerName, boolean room) {
		this.client = client;
		this.clock = clock;
		this.peer = peer;
		this.peerName = peerName;
		this.room = room;
	}

	/**
	 * The hints to show before sending {@code text}; empty means send now. Empty as well for a draft whose hints
	 * were already shown (the second Enter is "send anyway").
	 */
	public List<EtiquetteHint> beforeSending(String text) {
		if (text.equals(advisedDraft)) {
			return List.of();
		}
		List<EtiquetteHint> hints = advise(text);
		advisedDraft = hints.isEmpty() ? null : text;
		return hints;
	}

	/** The draft was edited: whatever was advised no longer applies to it. Returns whether hints went stale. */
	public boolean draftChanged(String text) {
		if (advisedDraft != null && !advisedDraft.equals(text)) {
			advisedDraft = null;
			return true;
		}
		return false;
	}

	public void sent() {
		advisedDraft = null;
	}

	private List<EtiquetteHint> advise(String text) {
		Conversation conversation = client.conversations().with(peer);
		List<ChatMessage> recent = conversation.last(RECENT).messages();
		// An occupant we can write to privately is in the room; their account, and its presence, are hidden.
		Presence presence = peer instanceof BareJid account ? client.contacts().presenceOf(account) : Presence.available();
		Draft draft = Draft.of(text, recent, presence, clock.instant(),
				client.contacts().familiarity(peer.bare(), clock.instant())).withRecipientName(peerName);
		if (room) {
			draft = draft.inGroupChat();
		}
		return client.etiquette().adviseOnDraft(draft);
	}
}
