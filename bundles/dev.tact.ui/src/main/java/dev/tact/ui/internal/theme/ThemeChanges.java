package dev.tact.ui.internal.theme;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.resource.ColorRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.PlatformUI;
import org.osgi.service.event.EventHandler;

/**
 * Calls back when the colours a control's {@link Palette} derives from may have changed, so colours computed from
 * them can be computed again:
 * <ul>
 * <li>the workbench theme switched: the theme engine announces it, resets and restyles every widget, visible or not,
 * and queues a re-skin of every widget. The announcement may reach us before the new colours are on the control, so
 * the colours are looked at again once the re-skin has run ({@code SWT.Skin}, which comes after the CSS engine's own
 * handling of it) and after a short settling time, whether or not the control is ever painted;</li>
 * <li>the JFace colour registry changed (Preferences &gt; Colors and Fonts) or the system colours did;</li>
 * <li>the CSS engine styled the control some other time (a new editor is styled after it is created), noticed on its
 * re-skin or when it is next painted with colours other than those of the last call.</li>
 * </ul>
 * The call comes once, later in the event loop, however many of these happen together, and again only if the
 * colours then differ from those of the last call. Listeners are removed when the control is disposed.
 */
public final class ThemeChanges {

	/** {@code IThemeEngine.Events.THEME_CHANGED}; that package is exported to the workbench's renderers only. */
	static final String THEME_CHANGED = "org/eclipse/e4/ui/css/swt/theme/ThemeManager/themeChanged";

	/** When to look at the colours again after a theme switch, in case the new ones arrived after the announcement. */
	private static final int[] SETTLE_MILLIS = { 100, 500, 2000, 5000 };

	private final Control control;
	private final Display display;
	private final Runnable restyle;
	private final AtomicBoolean pending = new AtomicBoolean();
	private final IPropertyChangeListener registryListener = event -> later();
	private final Listener settingsListener = event -> later();
	private final EventHandler themeListener = event -> themeSwitched();
	private RGB background;
	private RGB foreground;

	private ThemeChanges(Control control, Runnable restyle) {
		this.control = control;
		this.display = control.getDisplay();
		this.restyle = restyle;
		remember();
	}

	/** Runs {@code restyle} on the UI thread after each change of colours {@code control} may be drawn with. */
	public static void onChange(Control control, Runnable restyle) {
		ThemeChanges changes = new ThemeChanges(control, restyle);
		ColorRegistry registry = JFaceResources.getColorRegistry();
		IEventBroker broker = PlatformUI.getWorkbench().getService(IEventBroker.class);
		registry.addListener(changes.registryListener);
		changes.display.addListener(SWT.Settings, changes.settingsListener);
		if (broker != null) {
			broker.subscribe(THEME_CHANGED, changes.themeListener);
		}
		control.addListener(SWT.Paint, changes::recolored);
		control.addListener(SWT.Skin, changes::recolored);
		control.addListener(SWT.Dispose, e -> {
			registry.removeListener(changes.registryListener);
			changes.display.removeListener(SWT.Settings, changes.settingsListener);
			if (broker != null) {
				broker.unsubscribe(changes.themeListener);
			}
		});
	}

	private void recolored(Event event) {
		if (colorsChanged()) {
			later();
		}
	}

	/** From any thread. Restyles now, and again after each settling step if the colours moved meanwhile. */
	private void themeSwitched() {
		later();
		if (display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			for (int delay : SETTLE_MILLIS) {
				display.timerExec(delay, () -> {
					if (!control.isDisposed() && colorsChanged()) {
						later();
					}
				});
			}
		});
	}

	private boolean colorsChanged() {
		return !control.getBackground().getRGB().equals(background)
				|| !control.getForeground().getRGB().equals(foreground);
	}

	/** Safe from any thread: the theme event and registry changes need not come on the UI thread. */
	private void later() {
		if (display.isDisposed() || !pending.compareAndSet(false, true)) {
			return;
		}
		display.asyncExec(() -> {
			pending.set(false);
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
