package dev.tact.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;

import org.junit.jupiter.api.Test;

class SharedFileTest {

	@Test
	void anUploadLinkAsTheWholeMessageIsAFile() {
		SharedFile file = SharedFile.in("https://upload.example.org/file_share/7f3a/build%20log.txt").orElseThrow();
		assertEquals("build log.txt", file.name());
		assertTrue(SharedFile.in(" http://127.0.0.1:5280/upload/ab/trace.bin\n").isPresent());
	}

	@Test
	void textAroundALinkOrALinkToAPageIsNoFile() {
		assertFalse(SharedFile.in("see https://example.org/report.pdf").isPresent());
		assertFalse(SharedFile.in("https://example.org/docs/index.html").isPresent());
		assertFalse(SharedFile.in("https://example.org/build/42").isPresent());
		assertFalse(SharedFile.in("https://example.org/a.zip?token=1").isPresent());
		assertFalse(SharedFile.in("file:///etc/passwd.txt").isPresent());
		assertFalse(SharedFile.in("javascript:alert(1).js").isPresent());
	}

	@Test
	void plainHttpIsDownloadedOnlyFromThisMachine() {
		assertTrue(FileDownloader.isAllowed(URI.create("https://example.org/a.txt")));
		assertTrue(FileDownloader.isAllowed(URI.create("http://127.0.0.1:5280/a.txt")));
		assertTrue(FileDownloader.isAllowed(URI.create("http://[::1]:5280/a.txt")));
		assertTrue(FileDownloader.isAllowed(URI.create("http://localhost/a.txt")));
		assertFalse(FileDownloader.isAllowed(URI.create("http://example.org/a.txt")));
		assertFalse(FileDownloader.isAllowed(URI.create("http://127.0.0.1.evil.example/a.txt")));
		assertFalse(FileDownloader.isAllowed(URI.create("ftp://127.0.0.1/a.txt")));
	}
}
