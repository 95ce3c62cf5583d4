package dev.tact.core.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Downloads a shared file into a folder the user chose. The link must be https (plain http only to a server on this
 * machine, as a test or demo server is); the file gets a {@link FileNameSanitiser sanitised} name that never
 * overwrites anything ({@code name (2).ext} on a clash), is written through a temporary file, is refused beyond a
 * size cap, and is only ever stored: never executable, never opened. Blocking: run it in a job.
 */
public final class FileDownloader {

	/** The default cap, well above the 10 MiB uploads servers usually accept. */
	public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;

	private static final int MAX_ATTEMPTS = 1000;

	/** Hears how far a download got and may stop it. */
	public interface Progress {

		/** {@code received} bytes so far, of {@code total} (-1 when the server did not say). */
		void received(long received, long total);

		/** Whether the user asked to stop; checked between chunks. */
		boolean isCancelled();

		Progress NONE = new Progress() {
			@Override
			public void received(long received, long total) {
				// nobody listens
			}

			@Override
			public boolean isCancelled() {
				return false;
			}
		};
	}

	private final HttpClient http;
	private final long maxBytes;

	public FileDownloader(long maxBytes) {
		if (maxBytes <= 0) {
			throw new IllegalArgumentException("The size cap must be positive");
		}
		this.maxBytes = maxBytes;
		this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
				.followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/**
	 * Downloads {@code url} into {@code directory} and returns the file written. The name is {@code suggestedName} if
	 * given (what the user typed, or what the sender called it), else the last segment of the URL; either way it is
	 * sanitised.
	 *
	 * @throws FileTransferException with a sentence for the user; nothing is left behind
	 */
	public Path save(URI url, Path directory, String suggestedName, Progress progress) {
		try {
			return saveOrThrow(url, directory, suggestedName, progress);
		} catch (InterruptedException | InterruptedIOException e) {
			Thread.currentThread().interrupt();
			throw new FileTransferException("The download was stopped; nothing was saved.", e);
		} catch (IOException e) {
			throw new FileTransferException("The download failed: " + e.getMessage(), e);
		}
	}

	/** Whether Tact would download {@code url} at all: https anywhere, http only from this machine. */
	public static boolean isAllowed(URI url) {
		String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
		return scheme.equals("https") || scheme.equals("http") && isLoopback(url.getHost());
	}

	private Path saveOrThrow(URI url, Path directory, String suggestedName, Progress progress)
			throws IOException, InterruptedException {
		if (!isAllowed(url)) {
			throw new FileTransferException("Only https links are downloaded (plain http only from this machine).");
		}
		if (!Files.isDirectory(directory)) {
			throw new FileTransferException("The folder " + directory + " does not exist.");
		}
		HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofMinutes(5)).GET()
				.build(), HttpResponse.BodyHandlers.ofInputStream());
		try (InputStream body = response.body()) {
			if (response.statusCode() != 200) {
				throw new FileTransferException("The server answered " + response.statusCode() + "; nothing was saved.");
			}
			OptionalLong length = response.headers().firstValueAsLong("Content-Length");
			if (length.isPresent() && length.getAsLong() > maxBytes) {
				throw tooLarge();
			}
			String name = FileNameSanitiser.sanitise(suggestedName != null && !suggestedName.isBlank() ? suggestedName
					: lastSegment(url));
			Path temp = Files.createTempFile(directory, "tact-download-", ".part");
			try {
				copyCapped(body, temp, length.orElse(-1), progress);
				restrictPermissions(temp);
				return moveToFreeName(temp, directory, name);
			} finally {
				Files.deleteIfExists(temp);
			}
		}
	}

	private void copyCapped(InputStream in, Path target, long total, Progress progress) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long received = 0;
		try (OutputStream out = Files.newOutputStream(target)) {
			int read;
			while ((read = in.read(buffer)) >= 0) {
				if (progress.isCancelled()) {
					throw new FileTransferException("The download was stopped; nothing was saved.");
				}
				received += read;
				if (received > maxBytes) {
					throw tooLarge();
				}
				out.write(buffer, 0, read);
				progress.received(received, total);
			}
		}
	}

	private static Path moveToFreeName(Path temp, Path directory, String name) throws IOException {
		for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
			Path target = UniqueFileNames.candidate(directory, name, attempt);
			if (!directory.equals(target.getParent())) {
				throw new FileTransferException("The file name " + name + " is not usable.");
			}
			if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
				continue;
			}
			try {
				return Files.move(temp, target);
			} catch (FileAlreadyExistsException raced) {
				// another download took the name first; try the next
			}
		}
		throw new FileTransferException("There are too many files called " + name + " in " + directory + ".");
	}

	private static void restrictPermissions(Path file) throws IOException {
		if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		}
	}

	private FileTransferException tooLarge() {
		return new FileTransferException("The file is larger than " + maxBytes + " bytes, the most Tact downloads; nothing was saved.");
	}

	/** The file name a link ends in, decoded (what a "Save As" suggests). */
	public static String lastSegment(URI url) {
		String path = url.getRawPath() == null ? "" : url.getRawPath();
		String segment = path.substring(path.lastIndexOf('/') + 1);
		return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

	private static boolean isLoopback(String host) {
		if (host == null || host.isBlank()) {
			return false;
		}
		String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
		if (bare.equalsIgnoreCase("localhost")) {
			return true;
		}
		if (!bare.matches("[0-9.]+|[0-9a-fA-F:]+")) {
			return false; // a name: never resolved here, so DNS cannot make a remote host look local
		}
		try {
			return InetAddress.getByName(bare).isLoopbackAddress();
		} catch (UnknownHostException e) {
			return false;
		}
	}
}
