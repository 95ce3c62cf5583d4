package dev.tact.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Core stays plain Java: its main code imports only the JDK and core itself, never Eclipse, SWT, OSGi or Smack, so
 * its logic runs and is tested anywhere in milliseconds. (Tycho's access rules would also refuse such an import,
 * since core's manifest imports nothing; this says why.)
 */
class CorePurityTest {

	private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

	@Test
	void mainCodeImportsOnlyTheJdkAndCoreItself() throws IOException {
		Path sources = Path.of(System.getProperty("basedir", "."), "src/main/java");
		assertTrue(Files.isDirectory(sources), "run from the core bundle's folder");
		List<String> offending = new ArrayList<>();
		try (Stream<Path> files = Files.walk(sources)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher imports = IMPORT.matcher(Files.readString(file));
				while (imports.find()) {
					String name = imports.group(1);
					if (!name.startsWith("java.") && !name.startsWith("dev.tact.core.")) {
						offending.add(sources.relativize(file) + ": " + name);
					}
				}
			}
		}
		assertEquals(List.of(), offending);
	}
}
