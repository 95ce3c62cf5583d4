package dev.tact.core.transcript;

import java.util.ArrayList;
import java.util.List;

/**
 * The transcript as plain text plus styled spans, built without touching SWT so the layout rules stay simple to
 * read; {@link TranscriptView} turns the spans into style ranges.
 */
public final class TranscriptDocument {

	/** How a span is drawn. */
	public enum Style {
		EARLIER, DAY, SENDER, OWN_SENDER, TIME, TICK, READ_TICK, EDITED, CODE_BLOCK, INLINE_CODE, LINK, FILE_LINK,
		/** The name of a shared file. */
		FILE_NAME,
		/** A note about a message, such as "queued until Dana is available". */
		NOTE,
		/** Something to do about a message ("Send now", "Cancel"); its target says what, for which message. */
		ACTION
	}

	/**
	 * A styled part of the text.
	 *
	 * @param start offset in the text
	 * @param length length in characters
	 * @param style how to draw it
	 * @param target what a click opens (a URL, a file reference), or null
	 */
	public record Span(int start, int length, Style style, String target) {
	}

	private final StringBuilder text = new StringBuilder();
	private final List<Span> spans = new ArrayList<>();

	TranscriptDocument append(String plain) {
		text.append(plain);
		return this;
	}

	TranscriptDocument append(String styled, Style style) {
		return append(styled, style, null);
	}

	TranscriptDocument append(String styled, Style style, String target) {
		if (!styled.isEmpty()) {
			spans.add(new Span(text.length(), styled.length(), style, target));
			text.append(styled);
		}
		return this;
	}

	/** Starts a new line unless the text is empty or already at a line start. */
	TranscriptDocument lineBreak() {
		if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
			text.append('\n');
		}
		return this;
	}

	public String text() {
		return text.toString();
	}

	public List<Span> spans() {
		return List.copyOf(spans);
	}
}
