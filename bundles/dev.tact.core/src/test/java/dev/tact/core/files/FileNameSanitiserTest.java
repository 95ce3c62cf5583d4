package dev.tact.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;


/** File names from other people become one harmless name. */
class FileNameSanitiserTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = {
			"report.pdf|report.pdf",
			"../../.bashrc|bashrc",
			"..\\..\\windows\\system32\\evil.dll|evil.dll",
			"/etc/passwd|passwd",
			".hidden|hidden",
			"...|download",
			"../..|download",
			"CON|_CON",
			"nul.txt|_nul.txt",
			"com1.log|_com1.log",
			"console.log|console.log",
			"what?.txt|what_.txt",
			"trailing. . .|trailing",
			"caf\u00e9.txt|caf\u00e9.txt",
			"Pr\u00fcfung \u2014 Notizen.md|Pr\u00fcfung \u2014 Notizen.md" })
	void sanitises(String raw, String expected) {
		assertEquals(expected, FileNameSanitiser.sanitise(raw));
	}

	@Test
	void replacesCharactersWindowsForbids() {
		assertEquals("a_b_c_d_e_f_g.txt", FileNameSanitiser.sanitise("a<b>c:d\"e|f*g.txt"));
	}

	@Test
	void dropsControlAndBidiOverrideCharacters() {
		assertEquals("invoicefdp.exe", FileNameSanitiser.sanitise("invoice\u202Efdp.exe"));
		assertEquals("a b.txt", FileNameSanitiser.sanitise("a\u0000 \u0007b\n.txt"));
	}

	@Test
	void emptyOrMissingNamesFallBack() {
		assertEquals(FileNameSanitiser.FALLBACK, FileNameSanitiser.sanitise(null));
		assertEquals(FileNameSanitiser.FALLBACK, FileNameSanitiser.sanitise(""));
		assertEquals(FileNameSanitiser.FALLBACK, FileNameSanitiser.sanitise("   "));
	}

	@Test
	void capsLengthKeepingTheExtension() {
		String name = FileNameSanitiser.sanitise("x".repeat(1000) + ".tar.gz");
		assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= FileNameSanitiser.MAX_BYTES);
		assertTrue(name.endsWith(".gz"), name);
		String wide = FileNameSanitiser.sanitise("\u00e9".repeat(300) + ".txt");
		assertTrue(wide.getBytes(StandardCharsets.UTF_8).length <= FileNameSanitiser.MAX_BYTES);
		assertTrue(wide.endsWith(".txt"), wide);
	}

	@Test
	void neverYieldsAPath() {
		for (String raw : new String[] { "a/b", "a\\b", "../x", "..", "./.", "/" }) {
			String name = FileNameSanitiser.sanitise(raw);
			assertFalse(name.contains("/") || name.contains("\\") || name.startsWith("."), raw + " -> " + name);
		}
	}

	@Test
	void collisionsAreNumberedBeforeTheExtension() {
		Path dir = Path.of("/downloads");
		assertEquals(dir.resolve("notes.txt"), UniqueFileNames.candidate(dir, "notes.txt", 1));
		assertEquals(dir.resolve("notes (2).txt"), UniqueFileNames.candidate(dir, "notes.txt", 2));
		assertEquals(dir.resolve("Makefile (3)"), UniqueFileNames.candidate(dir, "Makefile", 3));
	}
}
