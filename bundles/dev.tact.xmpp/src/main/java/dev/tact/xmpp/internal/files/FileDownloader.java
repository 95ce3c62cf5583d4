package dev.tact.xmpp.internal.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Downloads a shared file into a directory the user chose. The file gets a {@link FileNameSanitiser sanitised} name
 * that does not overwrite anything ({@code name (2).ext} on collision), is written through a temporary file, is
 * refused beyond a size cap, and is only ever stored: never executable, never opened.
 */
public final class FileDownloader {

	/** The default cap, well above the 10 MiB uploads servers usually accept. */
	public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;

	private static final int MAX_ATTEMPTS = 1000;

	private final HttpClient http;
	private final Executor executor;
	private final long maxBytes;

	public FileDownloader(Executor executor, long maxBytes) {
		if (maxBytes <= 0) {
			throw new IllegalArgumentException("The size cap must be positive");
		}
		this.executor = Objects.requireNonNull(executor, "executor");
		this.maxBytes = maxBytes;
		this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
				.followRedirects(HttpClient.Redirect.NORMAL).build();
	}

	/**
	 * Downloads {@code url} into {@code directory}. The name is {@code suggestedName} if given (e.g. what the sender
	 * called it), else the last segment of the URL; either way it is sanitised. Completes with the file written.
	 */
	public CompletableFuture<Path> download(URI url, Path directory, String suggestedName) {
		CompletableFuture<Path> result = new CompletableFuture<>();
		executor.execute(() -> {
			try {
				result.complete(downloadNow(url, directory, suggestedName));
			} catch (FileTransferException e) {
				result.completeExceptionally(e);
			} catch (IOException e) {
				result.completeExceptionally(new FileTransferException("The download failed: " + e.getMessage(), e));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				result.completeExceptionally(new FileTransferException("The download was interrupted.", e));
			} catch (RuntimeException e) {
				result.completeExceptionally(new FileTransferException("The download failed.", e));
			}
		});
		return result;
	}

	private Path downloadNow(URI url, Path directory, String suggestedName) throws IOException, InterruptedException {
		String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("https") && !scheme.equals("http")) {
			throw new FileTransferException("Only http and https links can be downloaded.");
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
			String name = FileNameSanitiser.sanitise(suggestedName != null ? suggestedName : lastSegment(url));
			Path temp = Files.createTempFile(directory, "tact-download-", ".part");
			try {
				copyCapped(body, temp);
				restrictPermissions(temp);
				return moveToFreeName(temp, directory, name);
			} finally {
				Files.deleteIfExists(temp);
			}
		}
	}

	private void copyCapped(InputStream in, Path target) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		try (OutputStream out = Files.newOutputStream(target)) {
			int read;
			while ((read = in.read(buffer)) >= 0) {
				total += read;
				if (total > maxBytes) {
					throw tooLarge();
				}
				out.write(buffer, 0, read);
			}
		}
	}

	private static Path moveToFreeName(Path temp, Path directory, String name) throws IOException {
		for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
			Path target = UniqueFileNames.candidate(directory, name, attempt);
			if (!directory.equals(target.getParent())) {
				throw new FileTransferException("The file name " + name + " is not usable.");
			}
			if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
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

	private static String lastSegment(URI url) {
		String path = url.getRawPath() == null ? "" : url.getRawPath();
		String segment = path.substring(path.lastIndexOf('/') + 1);
		return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
	}
}
