package dev.tact.core.consent;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.tact.core.address.BareJid;

/**
 * Decides whether a plain-text reply during an invitation round objects to it ("no", "please don't", "wait"…), for
 * occupants whose clients do not speak Tact's marker. A short reply that starts like a refusal objects ("No, not
 * yet"); a longer one only when it speaks of the invitation (the invitee, "add", "invite", "him", "her"…), so that
 * the room's own talk ("no idea why CI is red", "don't forget the standup") does not cancel a round by accident.
 * Phrases that merely contain "no" ("no problem", "no objection") do not object.
 */
public final class ObjectionRule {

	private static final Set<String> WHOLE = Set.of("no", "nope", "nah", "no thanks", "not now", "not yet", "wait",
			"hold on", "don't", "dont", "please don't", "please dont", "please do not", "objection", "i object",
			"rather not", "i'd rather not", "-1", "\ud83d\udc4e", "not ok", "not okay");
	private static final List<String> STARTS = List.of("no,", "no.", "no!", "no ", "nope", "don't ", "dont ",
			"please don't", "please dont", "please do not", "i object", "not ok", "not okay", "wait,", "wait ",
			"hold on", "rather not", "i'd rather not", "i would rather not");
	private static final List<String> AGREEMENTS = List.of("no problem", "no prob", "no worries", "no objection",
			"no objections", "no issue", "no issues", "no complaints", "not a problem", "no, go ahead", "no, fine",
			"no that's fine", "no, that's fine", "no it's fine", "no, it's fine");

	/** A reply this short that starts like a refusal is one, whatever it goes on to say. */
	private static final int SHORT_REPLY_WORDS = 4;
	private static final Set<String> ABOUT_THE_INVITATION = Set.of("add", "adding", "added", "invite", "inviting",
			"invited", "join", "joining", "him", "her", "them", "he", "she", "they", "yet");

	private ObjectionRule() {
	}

	/** Whether {@code body}, said while the room is asked about inviting {@code invitee}, reads as an objection. */
	public static boolean isObjection(String body, BareJid invitee) {
		if (body == null) {
			return false;
		}
		String text = normalise(body);
		if (text.isEmpty() || AGREEMENTS.stream().anyMatch(text::startsWith)) {
			return false;
		}
		String bare = text.replaceAll("[\\s.!?]+$", "");
		if (WHOLE.contains(bare)) {
			return true;
		}
		return STARTS.stream().anyMatch(text::startsWith) && (words(text).size() <= SHORT_REPLY_WORDS || speaksOf(text, invitee));
	}

	private static boolean speaksOf(String text, BareJid invitee) {
		String name = invitee.local();
		return text.contains(invitee.toString()) || words(text).stream()
				.anyMatch(word -> ABOUT_THE_INVITATION.contains(word) || !name.isEmpty() && word.equals(name));
	}

	private static List<String> words(String text) {
		return List.of(text.split("[^\\p{L}\\p{N}'-]+")).stream().filter(word -> !word.isEmpty()).toList();
	}

	private static String normalise(String body) {
		return body.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ");
	}
}
