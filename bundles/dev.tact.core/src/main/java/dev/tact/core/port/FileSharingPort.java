package dev.tact.core.port;

import java.net.URI;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

/** Shares files by uploading them to the server (XEP-0363) and sending the link. */
public interface FileSharingPort {

	/** The largest file the server accepts, or empty if it names no limit or offers no upload service. */
	CompletableFuture<OptionalLong> maxUploadSize();

	/**
	 * Uploads {@code file} and completes with the URL to send. Completes exceptionally with a
	 * {@link FileTooLargeException} before sending anything if the file is over the limit.
	 */
	CompletableFuture<URI> upload(Path file, UploadProgressListener progress);
}
