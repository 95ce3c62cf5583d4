package dev.tact.ui.internal.presence;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;

import dev.tact.core.presence.Availability;

/**
 * Presence dots in the guide's colours (green available, red busy, red with a bar for do not disturb, yellow away,
 * grey offline), drawn at any zoom so they stay crisp on high-DPI screens. Images live as long as the owner control.
 */
public final class PresenceIcons {

	private static final int SIZE = 16;
	private final ResourceManager resources;
	private final Map<Availability, Image> images = new EnumMap<>(Availability.class);

	public PresenceIcons(Control owner) {
		resources = new LocalResourceManager(JFaceResources.getResources(), owner);
	}

	public Image get(Availability availability) {
		return images.computeIfAbsent(availability, a -> resources.create(descriptor(a)));
	}

	/** A descriptor of the dot for {@code availability}, usable in viewers' label providers too. */
	public static ImageDescriptor descriptor(Availability availability) {
		return ImageDescriptor.createFromImageDataProvider(zoom -> draw(availability, SIZE * zoom / 100));
	}

	static RGB colour(Availability availability) {
		return switch (availability) {
		case AVAILABLE -> new RGB(0x4c, 0xaf, 0x50);
		case BUSY, DO_NOT_DISTURB -> new RGB(0xd9, 0x3a, 0x3a);
		case AWAY -> new RGB(0xf2, 0xb4, 0x1b);
		case OFFLINE -> new RGB(0x9e, 0x9e, 0x9e);
		};
	}

	private static ImageData draw(Availability availability, int size) {
		ImageData data = new ImageData(size, size, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
		data.alphaData = new byte[size * size];
		RGB fill = colour(availability);
		int fillPixel = data.palette.getPixel(fill);
		int white = data.palette.getPixel(new RGB(255, 255, 255));
		double centre = (size - 1) / 2.0;
		double radius = size * 0.36;
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				double distance = Math.hypot(x - centre, y - centre);
				double coverage = Math.max(0, Math.min(1, radius + 0.5 - distance)); // one pixel of anti-aliasing
				boolean bar = availability == Availability.DO_NOT_DISTURB && Math.abs(y - centre) <= size * 0.07
						&& Math.abs(x - centre) <= radius * 0.62;
				data.setPixel(x, y, bar ? white : fillPixel);
				data.alphaData[y * size + x] = (byte) Math.round(coverage * 255);
			}
		}
		return data;
	}
}
