package dev.tact.core.etiquette;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.tact.core.chat.ChatMessage;

/**
 * The guide's etiquette as hints (DESIGN §5). Every method is a pure function of its arguments and of the set of
 * rules the user turned off; none throws on odd text (empty, huge, emoji, right-to-left, bidi controls) and all
 * are linear in the length of the text. Immutable and thread-safe.
 */
public final class EtiquetteAdvisor {

	private static final List<DraftRule> DRAFT_RULES = List.of(new PresenceAwareSendRule(), new OpeningMessageRule(),
			new ShoutingRule(), new UnansweredRule(), new TooManyGoodbyesRule());

	private final Set<RuleId> disabled;

	/** An advisor with every rule on. */
	public EtiquetteAdvisor() {
		this(Set.of());
	}

	/** An advisor with the rules in {@code disabled} turned off. */
	public EtiquetteAdvisor(Set<RuleId> disabled) {
		this.disabled = disabled == null || disabled.isEmpty() ? Set.of() : Set.copyOf(disabled);
	}


	public boolean isEnabled(RuleId rule) {
		return !disabled.contains(rule);
	}

	/** Hints for a message about to be sent, firmest first; empty for a blank draft (nothing to send). */
	public List<EtiquetteHint> adviseOnDraft(Draft draft) {
		if (draft == null || draft.text().isBlank()) {
			return List.of();
		}
		List<EtiquetteHint> hints = new ArrayList<>();
		for (DraftRule rule : DRAFT_RULES) {
			if (isEnabled(rule.id())) {
				rule.check(draft).ifPresent(hints::add);
			}
		}
		hints.sort((a, b) -> b.severity().compareTo(a.severity()));
		return List.copyOf(hints);
	}

	/**
	 * A reassurance when the other person's answer to what we wrote is a terse "not now" ("in a meeting - talk
	 * later"): that is a perfectly acceptable reply. {@code recentHistory} is the conversation's latest messages,
	 * oldest first; only its last message, and only as an answer to ours, is looked at.
	 */
	public Optional<EtiquetteHint> adviseOnReply(List<ChatMessage> recentHistory) {
		int size = recentHistory == null ? 0 : recentHistory.size();
		if (size < 2 || recentHistory.get(size - 1).isOutgoing() || !recentHistory.get(size - 2).isOutgoing()) {
			return Optional.empty();
		}
		return adviseOnReceived(recentHistory.get(size - 1).body());
	}

	/** A reassurance when a terse "not now" reply arrives ("in a meeting - talk later"): it is not rude. */
	public Optional<EtiquetteHint> adviseOnReceived(String text) {
		if (!isEnabled(RuleId.TERSE_REPLY) || !TerseReplyDetector.isTerseUnavailableReply(text)) {
			return Optional.empty();
		}
		return Optional.of(EtiquetteHint.of(RuleId.TERSE_REPLY, Severity.INFO,
				"A short reply like this is a normal way to say they can\u2019t chat right now.",
				"It is a perfectly acceptable way to let you know they are unavailable at the moment.",
				GuideSentences.TERSE_REPLY, SuggestedAction.DISMISS));
	}

	/**
	 * Before inviting someone into a running group chat with {@code othersInRoom} other people: ask the room first.
	 * Nothing to ask when nobody else is there.
	 */
	public Optional<EtiquetteHint> adviseOnInvite(int othersInRoom) {
		if (!isEnabled(RuleId.MULTIPARTY_INVITE) || othersInRoom < 1) {
			return Optional.empty();
		}
		return Optional.of(EtiquetteHint.of(RuleId.MULTIPARTY_INVITE, Severity.SUGGESTION,
				"Ask the others in this conversation if it is OK to invite someone; the invitation goes out only if"
						+ " nobody objects.",
				"The others may be discussing something not meant for a newcomer.", GuideSentences.MULTIPARTY,
				SuggestedAction.ASK_ROOM_FIRST));
	}

	/** For the add-contact dialog: the person will be told. */
	public Optional<EtiquetteHint> adviseOnAddingContact() {
		if (!isEnabled(RuleId.ADDING_TELLS_CONTACT)) {
			return Optional.empty();
		}
		return Optional.of(EtiquetteHint.of(RuleId.ADDING_TELLS_CONTACT, Severity.INFO,
				"They will get a notification that you added them.",
				"Adding needs no permission, but they are told about it.", GuideSentences.ADDING_TELLS));
	}

	/** For an incoming add request: add back, accept only, or decline gently; nothing obliges the user. */
	public Optional<EtiquetteHint> adviseOnAddRequest() {
		if (!isEnabled(RuleId.ADD_REQUEST_CHOICE)) {
			return Optional.empty();
		}
		return Optional.of(EtiquetteHint.of(RuleId.ADD_REQUEST_CHOICE, Severity.INFO,
				"You can add them back, only let them see your status, or gently decline.",
				"You are not obligated to add someone who added you.", GuideSentences.ADD_REQUEST));
	}

	/** Hints about our own status (Do Not Disturb used sparingly, a note when away for long). */
	public List<EtiquetteHint> adviseOnOwnPresence(OwnPresenceFacts facts) {
		if (facts == null) {
			return List.of();
		}
		List<EtiquetteHint> hints = new ArrayList<>(2);
		if (isEnabled(RuleId.DND_SPARINGLY)) {
			OwnPresenceRules.doNotDisturbSparingly(facts).ifPresent(hints::add);
		}
		if (isEnabled(RuleId.AWAY_NOTE)) {
			OwnPresenceRules.awayWithoutNote(facts).ifPresent(hints::add);
		}
		return List.copyOf(hints);
	}
}
