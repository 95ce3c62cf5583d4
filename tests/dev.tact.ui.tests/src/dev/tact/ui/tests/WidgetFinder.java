package dev.tact.ui.tests;

import java.util.Optional;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** Finds widgets in a live shell by the key Tact's widgets carry (as SWTBot would, without SWTBot). */
public final class WidgetFinder {

	private static final String KEY = "org.eclipse.swtbot.widget.key";

	private WidgetFinder() {
	}

	public static <T extends Control> Optional<T> find(Control root, String key, Class<T> type) {
		if (key.equals(root.getData(KEY)) && type.isInstance(root)) {
			return Optional.of(type.cast(root));
		}
		if (root instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Optional<T> found = find(child, key, type);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}
}
