package dev.tact.ui.internal.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.preference.JFacePreferences;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

import dev.tact.core.transcript.TextEdit;
import dev.tact.core.transcript.TranscriptDocument;
import dev.tact.core.transcript.TranscriptDocument.Span;
import dev.tact.core.transcript.TranscriptDocument.Style;
import dev.tact.ui.internal.theme.Palette;
import dev.tact.ui.internal.theme.ThemeChanges;

/**
 * The read-only transcript: a {@link StyledText} showing a {@link TranscriptDocument}. Clicking a link span hands it
 * to {@code onLink}; scrolling to the very top (or clicking "Load earlier messages") asks for older history.
 * Colours come from the theme's colours for this control (see {@link Palette}) and are worked out again when the
 * theme changes, and whenever the control is about to be painted with colours other than those its styles were
 * worked out for (a refresh can come while the theme engine is between resetting the control and restyling it).
 */
final class TranscriptView {

	/** The hue of the user's own name; lightened on dark backgrounds. */
	private static final RGB OWN_NAME = new RGB(30, 90, 170);

	private final StyledText text;
	private final Consumer<Span> onLink;
	private final Runnable onEarlier;
	private List<Span> spans = List.of();
	/** The text on show, as last composed. */
	private String shownText = "";
	private RGB styledBackground;
	private RGB styledForeground;

	TranscriptView(Composite parent, Consumer<Span> onLink, Runnable onEarlier) {
		this.onLink = onLink;
		this.onEarlier = onEarlier;
		text = new StyledText(parent, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
		text.setEditable(false);
		text.setData(ChatKeys.DATA, ChatKeys.TRANSCRIPT);
		text.setMargins(6, 4, 6, 4);
		text.addListener(SWT.MouseUp, this::mouseUp);
		text.addListener(SWT.MouseMove, this::mouseMove);
		ThemeChanges.onChange(text, this::applyStyles);
		text.addListener(SWT.Paint, event -> {
			if (stylesAreStale()) {
				text.getDisplay().asyncExec(() -> {
					if (!text.isDisposed() && stylesAreStale()) {
						applyStyles();
					}
				});
			}
		});
		ScrollBar bar = text.getVerticalBar();
		if (bar != null) {
			bar.addListener(SWT.Selection, e -> {
				if (bar.getSelection() == 0 && hasEarlierLink()) {
					onEarlier.run();
				}
			});
		}
	}

	StyledText control() {
		return text;
	}

	/**
	 * Shows {@code doc}. Only what differs from the text on show is replaced and restyled (a new message is appended),
	 * so a long transcript is not laid out again on every change. With {@code keepPositionFromBottom} (older messages
	 * were added above) the lines the user was reading stay in place; otherwise a reader at the bottom follows new
	 * messages and one scrolled up stays put.
	 */
	void show(TranscriptDocument doc, boolean keepPositionFromBottom) {
		int oldLines = text.getLineCount();
		int oldTop = text.getTopIndex();
		boolean atBottom = isAtBottom();
		TextEdit edit = TextEdit.between(shownText, doc.text());
		int restyled = firstDifference(spans, doc.spans());
		shownText = doc.text();
		spans = doc.spans();
		if (edit.isEmpty() && restyled == Integer.MAX_VALUE) {
			return;
		}
		text.setRedraw(false);
		try {
			if (!edit.isEmpty()) {
				text.replaceTextRange(edit.start(), edit.removed(), edit.inserted());
				restyled = Math.min(restyled, edit.start());
			}
			restyleFrom(restyled);
			if (keepPositionFromBottom) {
				text.setTopIndex(Math.max(0, text.getLineCount() - oldLines + oldTop));
			} else if (atBottom) {
				text.setTopIndex(Math.max(0, text.getLineCount() - 1));
			} else {
				text.setTopIndex(oldTop);
			}
		} finally {
			text.setRedraw(true);
		}
	}

	/** Where the first span that differs between {@code old} and {@code next} starts; MAX_VALUE if none does. */
	private static int firstDifference(List<Span> old, List<Span> next) {
		int common = Math.min(old.size(), next.size());
		for (int i = 0; i < common; i++) {
			if (!old.get(i).equals(next.get(i))) {
				return Math.min(old.get(i).start(), next.get(i).start());
			}
		}
		if (old.size() == next.size()) {
			return Integer.MAX_VALUE;
		}
		return old.size() > common ? old.get(common).start() : next.get(common).start();
	}

	/** Styles the text from {@code start} to its end; what comes before is unchanged. */
	private void restyleFrom(int start) {
		if (stylesAreStale()) {
			applyStyles(); // the colours changed since: everything, for the colours there are now
			return;
		}
		int length = text.getCharCount() - start;
		if (length <= 0) {
			return;
		}
		List<Span> changed = new ArrayList<>();
		for (Span span : spans) {
			int end = span.start() + span.length();
			if (end > start) {
				int from = Math.max(start, span.start());
				changed.add(new Span(from, end - from, span.style(), span.target()));
			}
		}
		text.replaceStyleRanges(start, length, styleRanges(changed, new Palette(styledBackground, styledForeground)));
	}

	/** The clickable span at {@code offset}, or null. */
	Span linkAt(int offset) {
		for (Span span : spans) {
			if (isClickable(span) && offset >= span.start() && offset < span.start() + span.length()) {
				return span;
			}
		}
		return null;
	}

	private boolean hasEarlierLink() {
		return !spans.isEmpty() && spans.get(0).style() == Style.EARLIER;
	}

	private boolean isAtBottom() {
		ScrollBar bar = text.getVerticalBar();
		return bar == null || text.getCharCount() == 0
				|| bar.getSelection() + bar.getThumb() >= bar.getMaximum() - text.getLineHeight();
	}

	private void mouseUp(Event event) {
		if (event.button != 1 || text.getSelectionCount() > 0) {
			return;
		}
		Span span = spanAtPoint(event.x, event.y);
		if (span == null) {
			return;
		}
		if (span.style() == Style.EARLIER) {
			onEarlier.run();
		} else {
			onLink.accept(span);
		}
	}

	private void mouseMove(Event event) {
		boolean overLink = spanAtPoint(event.x, event.y) != null;
		text.setCursor(overLink ? text.getDisplay().getSystemCursor(SWT.CURSOR_HAND) : null);
	}

	private Span spanAtPoint(int x, int y) {
		int offset = text.getOffsetAtPoint(new Point(x, y));
		return offset < 0 ? null : linkAt(offset);
	}

	private static boolean isClickable(Span span) {
		return span.style() == Style.EARLIER || span.style() == Style.LINK || span.style() == Style.FILE_LINK
				|| span.style() == Style.ACTION;
	}

	private boolean stylesAreStale() {
		return !text.getBackground().getRGB().equals(styledBackground)
				|| !text.getForeground().getRGB().equals(styledForeground);
	}

	/** Styles the whole text for the colours the control has now, and notes which colours those were. */
	private void applyStyles() {
		styledBackground = text.getBackground().getRGB();
		styledForeground = text.getForeground().getRGB();
		text.setStyleRanges(styleRanges(spans, new Palette(styledBackground, styledForeground)));
	}

	private StyleRange[] styleRanges(List<Span> all, Palette palette) {
		List<StyleRange> ranges = new ArrayList<>(all.size());
		Color grey = Palette.color(palette.readable(JFacePreferences.QUALIFIER_COLOR, Palette.SECONDARY));
		Color link = Palette.color(palette.readable(JFacePreferences.HYPERLINK_COLOR, Palette.TEXT));
		Color ownName = Palette.color(palette.readable(OWN_NAME, Palette.TEXT));
		Color codeBackground = Palette.color(palette.codeBackground());
		for (Span span : all) {
			StyleRange range = new StyleRange();
			range.start = span.start();
			range.length = span.length();
			switch (span.style()) {
				case EARLIER, LINK, FILE_LINK, ACTION -> {
					range.foreground = link;
					range.underline = true;
					range.underlineStyle = SWT.UNDERLINE_LINK;
				}
				case DAY, TIME, TICK -> range.foreground = grey;
				case READ_TICK -> range.foreground = link;
				case EDITED, NOTE -> {
					range.foreground = grey;
					range.fontStyle = SWT.ITALIC;
				}
				case SENDER, FILE_NAME -> range.fontStyle = SWT.BOLD;
				case OWN_SENDER -> {
					range.fontStyle = SWT.BOLD;
					range.foreground = ownName;
				}
				case CODE_BLOCK, INLINE_CODE -> {
					range.font = JFaceResources.getTextFont();
					range.background = codeBackground;
				}
			}
			ranges.add(range);
		}
		return ranges.toArray(StyleRange[]::new);
	}
}
