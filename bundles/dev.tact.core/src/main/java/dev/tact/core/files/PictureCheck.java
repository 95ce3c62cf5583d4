package dev.tact.core.files;

import java.util.Optional;

/**
 * Whether a contact's picture (anyone's bytes) is safe to decode: small on the wire and, as its header says, small
 * once decoded. A few kilobytes of PNG can claim 50,000 × 50,000 pixels, ten gigabytes when decoded; the header is
 * read before any decoder sees the bytes. PNG, GIF and JPEG only, the formats vCard pictures come in.
 */
public final class PictureCheck {

	/** What a vCard picture may weigh on the wire. */
	public static final int MAX_BYTES = 512 * 1024;
	/** How many pixels a side may have, so that decoding takes at most 4 Mpx (16 MB). */
	public static final int MAX_SIDE = 2048;

	private PictureCheck() {
	}

	/** Whether {@code picture} may be decoded: within the size caps, in a known format. */
	public static boolean mayDecode(byte[] picture) {
		if (picture == null || picture.length > MAX_BYTES) {
			return false;
		}
		return dimensions(picture).filter(d -> d[0] > 0 && d[1] > 0 && d[0] <= MAX_SIDE && d[1] <= MAX_SIDE).isPresent();
	}

	/** Width and height as the header says, or empty for an unknown format or a broken header. */
	static Optional<int[]> dimensions(byte[] b) {
		if (b.length >= 24 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[12] == 'I'
				&& b[13] == 'H' && b[14] == 'D' && b[15] == 'R') {
			return Optional.of(new int[] { bigEndian32(b, 16), bigEndian32(b, 20) });
		}
		if (b.length >= 10 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F') {
			return Optional.of(new int[] { littleEndian16(b, 6), littleEndian16(b, 8) });
		}
		if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8) {
			return jpegDimensions(b);
		}
		return Optional.empty();
	}

	/** Walks the JPEG's segments to its frame header (SOF0…SOF15 but DHT, JPG and DAC). */
	private static Optional<int[]> jpegDimensions(byte[] b) {
		int at = 2;
		while (at + 9 < b.length) {
			if ((b[at] & 0xFF) != 0xFF) {
				return Optional.empty();
			}
			int marker = b[at + 1] & 0xFF;
			if (marker == 0xFF) {
				at++; // fill byte
				continue;
			}
			int length = bigEndian16(b, at + 2);
			boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
			if (frame) {
				return Optional.of(new int[] { bigEndian16(b, at + 7), bigEndian16(b, at + 5) });
			}
			if (length < 2) {
				return Optional.empty();
			}
			at += 2 + length;
		}
		return Optional.empty();
	}

	private static int bigEndian32(byte[] b, int at) {
		long value = ((b[at] & 0xFFL) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
		return value > Integer.MAX_VALUE ? -1 : (int) value;
	}

	private static int bigEndian16(byte[] b, int at) {
		return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
	}

	private static int littleEndian16(byte[] b, int at) {
		return (b[at] & 0xFF) | ((b[at + 1] & 0xFF) << 8);
	}
}
