package dev.tact.core.etiquette;

import java.util.List;

/**
 * Ready-made terse replies for the notification popup and the chat editor. The guide calls a reply like "in a
 * meeting - talk later" a perfectly acceptable way to say you are unavailable.
 */
public final class QuickReplies {

	public static final List<String> DEFAULT = List.of(
			"In a meeting \u2014 talk later",
			"On a call \u2014 will reply soon",
			"Can\u2019t talk now \u2014 I\u2019ll get back to you");

	private QuickReplies() {
	}
}
