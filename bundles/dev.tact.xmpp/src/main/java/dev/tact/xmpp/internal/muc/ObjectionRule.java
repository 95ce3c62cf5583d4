package dev.tact.xmpp.internal.muc;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a plain-text reply during an invitation round objects to it ("no", "please don't", "wait"…), for
 * occupants whose clients do not speak Tact's marker. When unsure it leans to "objection": not inviting is the safe
 * mistake. Phrases that merely contain "no" ("no problem", "no objection") do not object.
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

	private ObjectionRule() {
	}

	/** Whether {@code body} reads as an objection. */
	public static boolean isObjection(String body) {
		if (body == null) {
			return false;
		}
		String text = normalise(body);
		if (text.isEmpty() || AGREEMENTS.stream().anyMatch(text::startsWith)) {
			return false;
		}
		String bare = text.replaceAll("[\\s.!?]+$", "");
		return WHOLE.contains(bare) || STARTS.stream().anyMatch(text::startsWith);
	}

	private static String normalise(String body) {
		return body.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ");
	}
}
