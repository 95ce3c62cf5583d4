package dev.tact.ui.internal.theme;

import org.eclipse.jface.resource.ColorRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;

/**
 * Calls back when the colours a control's {@link Palette} derives from may have changed, so colours computed from
 * them can be computed again: the JFace colour registry changed (a workbench theme switch updates it, as does the
 * user in Preferences &gt; Colors and Fonts), the system colours changed, or the control was restyled (the CSS engine
 * sets new colours on every widget when the theme switches, after the registry has changed).
 * <p>
 * The call comes once, later in the event loop, however many of these happen together, so the CSS engine has
 * finished restyling by then. Listeners are removed when the control is disposed.
 */
public final class ThemeChanges {

	private final Control control;
	private final Runnable restyle;
	private final IPropertyChangeListener registryListener = event -> later();
	private final Listener settingsListener = event -> later();
	private boolean pending;
	private RGB background;
	private RGB foreground;

	private ThemeChanges(Control control, Runnable restyle) {
		this.control = control;
		this.restyle = restyle;
		remember();
	}

	/** Runs {@code restyle} on the UI thread after each change of colours {@code control} may be drawn with. */
	public static void onChange(Control control, Runnable restyle) {
		ThemeChanges changes = new ThemeChanges(control, restyle);
		ColorRegistry registry = JFaceResources.getColorRegistry();
		Display display = control.getDisplay();
		registry.addListener(changes.registryListener);
		display.addListener(SWT.Settings, changes.settingsListener);
		control.addListener(SWT.Paint, changes::painted);
		control.addListener(SWT.Dispose, e -> {
			registry.removeListener(changes.registryListener);
			display.removeListener(SWT.Settings, changes.settingsListener);
		});
	}

	/** The CSS engine sets colours without telling anyone; the paint that follows is where that shows. */
	private void painted(Event event) {
		if (!control.getBackground().getRGB().equals(background)
				|| !control.getForeground().getRGB().equals(foreground)) {
			later();
		}
	}

	private void later() {
		if (pending || control.isDisposed()) {
			return;
		}
		pending = true;
		control.getDisplay().asyncExec(() -> {
			pending = false;
			if (!control.isDisposed()) {
				remember();
				restyle.run();
			}
		});
	}

	private void remember() {
		background = control.getBackground().getRGB();
		foreground = control.getForeground().getRGB();
	}
}
