package dev.tact.core.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;

import org.junit.jupiter.api.Test;

class PictureCheckTest {

	@Test
	void aSmallPictureMayBeDecodedInEachFormat() {
		assertTrue(PictureCheck.mayDecode(png(96, 96)));
		assertTrue(PictureCheck.mayDecode(gif(64, 48)));
		assertTrue(PictureCheck.mayDecode(jpeg(640, 480)));
		assertArrayEquals(new int[] { 640, 480 }, PictureCheck.dimensions(jpeg(640, 480)).orElseThrow());
	}

	@Test
	void aDecompressionBombIsRefusedByItsHeaderAlone() {
		assertFalse(PictureCheck.mayDecode(png(50_000, 50_000)), "ten gigabytes once decoded");
		assertFalse(PictureCheck.mayDecode(png(PictureCheck.MAX_SIDE + 1, 10)));
		assertFalse(PictureCheck.mayDecode(jpeg(65_000, 65_000)));
		assertFalse(PictureCheck.mayDecode(png(0xFFFF_FFFF, 1)), "a size past int is not a size");
	}

	@Test
	void tooHeavyUnknownOrBrokenBytesAreRefused() {
		assertFalse(PictureCheck.mayDecode(new byte[PictureCheck.MAX_BYTES + 1]));
		assertFalse(PictureCheck.mayDecode("<svg/>".getBytes()));
		assertFalse(PictureCheck.mayDecode(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x01, 0, 0, 0, 0, 0, 0, 0 }));
		assertFalse(PictureCheck.mayDecode(null));
	}

	private static byte[] png(long width, long height) {
		ByteBuffer b = ByteBuffer.allocate(33);
		b.put(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' });
		b.putInt((int) width).putInt((int) height);
		return b.array();
	}

	private static byte[] gif(int width, int height) {
		return new byte[] { 'G', 'I', 'F', '8', '9', 'a', (byte) width, (byte) (width >> 8), (byte) height,
				(byte) (height >> 8), 0, 0, 0 };
	}

	private static byte[] jpeg(int width, int height) {
		ByteBuffer b = ByteBuffer.allocate(40);
		b.put(new byte[] { (byte) 0xFF, (byte) 0xD8 });
		b.put(new byte[] { (byte) 0xFF, (byte) 0xE0, 0, 4, 'J', 'F' }); // an APP0 segment to skip
		b.put(new byte[] { (byte) 0xFF, (byte) 0xC0, 0, 17, 8 });
		b.putShort((short) height).putShort((short) width);
		return b.array();
	}
}
