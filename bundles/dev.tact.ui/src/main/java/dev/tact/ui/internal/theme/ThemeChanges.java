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
 * <li>the workbench theme switched: the theme engine announces it and then restyles every widget, visible or not, in
 * the same turn of the event loop, so the call that comes after it sees the new colours;</li>
 * <li>the JFace colour registry changed (Preferences &gt; Colors and Fonts) or the system colours did;</li>
 * <li>the CSS engine styled the control some other time (a new editor is styled after it is created), noticed when
 * the control is next painted with colours other than those of the last call.</li>
 * </ul>
 * The call comes once, later in the event loop, however many of these happen together. Listeners are removed when
 * the control is disposed.
 */
public final class ThemeChanges {

	/** {@code IThemeEngine.Events.THEME_CHANGED}; that package is exported to the workbench's renderers only. */
	static final String THEME_CHANGED = "org/eclipse/e4/ui/css/swt/theme/ThemeManager/themeChanged";

	private final Control control;
	private final Display display;
	private final Runnable restyle;
	private final AtomicBoolean pending = new AtomicBoolean();
	private final IPropertyChangeListener registryListener = event -> later();
	private final Listener settingsListener = event -> later();
	private final EventHandler themeListener = event -> later();
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
		control.addListener(SWT.Paint, changes::painted);
		control.addListener(SWT.Dispose, e -> {
			registry.removeListener(changes.registryListener);
			changes.display.removeListener(SWT.Settings, changes.settingsListener);
			if (broker != null) {
				broker.unsubscribe(changes.themeListener);
			}
		});
	}

	private void painted(Event event) {
		if (!control.getBackground().getRGB().equals(background)
				|| !control.getForeground().getRGB().equals(foreground)) {
			later();
		}
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
