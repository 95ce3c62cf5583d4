package dev.tact.core.transcript;

/**
 * The one replacement that turns a shown text into the next: what both share at their start and at their end stays,
 * only the middle changes. A new message at the bottom is an insertion at the end, a tick that turns into two is a
 * small change in place, so a transcript widget re-lays out only what changed instead of all of it.
 *
 * @param start where the replacement starts
 * @param removed how many characters of the old text it replaces
 * @param inserted what it puts there
 */
public record TextEdit(int start, int removed, String inserted) {

	/** The edit from {@code old} to {@code next}. */
	public static TextEdit between(String old, String next) {
		int max = Math.min(old.length(), next.length());
		int prefix = 0;
		while (prefix < max && old.charAt(prefix) == next.charAt(prefix)) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < max - prefix
				&& old.charAt(old.length() - 1 - suffix) == next.charAt(next.length() - 1 - suffix)) {
			suffix++;
		}
		return new TextEdit(prefix, old.length() - prefix - suffix, next.substring(prefix, next.length() - suffix));
	}

	/** Whether the edit changes nothing. */
	public boolean isEmpty() {
		return removed == 0 && inserted.isEmpty();
	}

	/** {@code old} with this edit applied. */
	public String applyTo(String old) {
		return old.substring(0, start) + inserted + old.substring(start + removed);
	}
}
