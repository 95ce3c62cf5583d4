package dev.tact.ui.internal.theme;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;

/**
 * Colours for text drawn on one control, derived from the background and foreground the theme gave that control, so
 * they stay readable in the light theme, the dark theme and any other. A preferred colour (the theme's hyperlink
 * colour, its qualifier grey, Tact's own accent) keeps its hue and is only lightened or darkened as far as needed to
 * reach a contrast ratio as defined by WCAG 2.x.
 */
public final class Palette {

	/** WCAG AA for body text. */
	public static final double TEXT = 4.5;
	/** For secondary text such as timestamps and ticks: WCAG's level for large text and UI components. */
	public static final double SECONDARY = 3.0;

	private static final int CODE_TINT_PERCENT = 6;
	private static final int STEPS = 20;

	private final RGB background;
	private final RGB foreground;

	public Palette(RGB background, RGB foreground) {
		this.background = background;
		this.foreground = foreground;
	}

	/** The palette for text on {@code control} as it is styled right now. */
	public static Palette of(Control control) {
		return new Palette(control.getBackground().getRGB(), control.getForeground().getRGB());
	}

	/** True when the background is darker than the text on it. */
	public boolean isDark() {
		return luminance(background) < luminance(foreground);
	}

	/**
	 * A block background a little towards the foreground (a light grey on white, a lighter grey on a dark editor), as
	 * far as the foreground keeps body-text contrast on it.
	 */
	public RGB codeBackground() {
		for (int percent = CODE_TINT_PERCENT; percent > 0; percent--) {
			RGB tinted = blend(background, foreground, percent / 100.0);
			if (contrast(foreground, tinted) >= Math.min(TEXT, contrast(foreground, background))) {
				return tinted;
			}
		}
		return background;
	}

	/**
	 * {@code preferred} if it already reaches {@code minimum} contrast on the background; otherwise the same hue moved
	 * towards white on a dark background or black on a light one, just far enough (or as far as possible).
	 */
	public RGB readable(RGB preferred, double minimum) {
		RGB pole = isDark() ? new RGB(255, 255, 255) : new RGB(0, 0, 0);
		RGB candidate = preferred;
		for (int step = 1; step <= STEPS && contrast(candidate, background) < minimum; step++) {
			candidate = blend(preferred, pole, (double) step / STEPS);
		}
		return candidate;
	}

	/** {@link #readable(RGB, double)} of a JFace colour-registry entry, or of a mid-tone when it is not defined. */
	public RGB readable(String registryKey, double minimum) {
		RGB preferred = JFaceResources.getColorRegistry().getRGB(registryKey);
		return readable(preferred != null ? preferred : blend(background, foreground, 0.5), minimum);
	}

	/** A colour for {@code rgb}; SWT colours made from RGB values hold no OS resource and need no disposing. */
	public static Color color(RGB rgb) {
		return new Color(rgb);
	}

	/** The WCAG 2.x contrast ratio of two colours, from 1 (same luminance) to 21 (black on white). */
	public static double contrast(RGB a, RGB b) {
		double la = luminance(a);
		double lb = luminance(b);
		return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
	}

	/** WCAG 2.x relative luminance, 0 for black to 1 for white. */
	public static double luminance(RGB rgb) {
		return 0.2126 * linear(rgb.red) + 0.7152 * linear(rgb.green) + 0.0722 * linear(rgb.blue);
	}

	private static double linear(int channel) {
		double c = channel / 255.0;
		return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

	private static RGB blend(RGB from, RGB to, double amount) {
		return new RGB(mix(from.red, to.red, amount), mix(from.green, to.green, amount),
				mix(from.blue, to.blue, amount));
	}

	private static int mix(int from, int to, double amount) {
		return (int) Math.round(from + (to - from) * Math.min(1, Math.max(0, amount)));
	}
}
