package dev.tact.core.files;

import java.nio.file.Path;

/** The n-th candidate for a name in a directory: {@code report.pdf}, {@code report (2).pdf}, {@code report (3).pdf}… */
public final class UniqueFileNames {

	private UniqueFileNames() {
	}

	/** Candidate {@code attempt} (1-based) for the already sanitised {@code name} in {@code directory}. */
	public static Path candidate(Path directory, String name, int attempt) {
		if (attempt <= 1) {
			return directory.resolve(name);
		}
		int dot = name.lastIndexOf('.');
		String base = dot > 0 ? name.substring(0, dot) : name;
		String extension = dot > 0 ? name.substring(dot) : "";
		return directory.resolve(base + " (" + attempt + ")" + extension);
	}
}
