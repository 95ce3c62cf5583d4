package dev.tact.xmpp.internal.files;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smackx.httpfileupload.HttpFileUploadManager;
import org.jivesoftware.smackx.httpfileupload.UploadService;

import dev.tact.core.files.FileTransferException;
import dev.tact.core.port.FileSharingPort;
import dev.tact.core.port.FileTooLargeException;
import dev.tact.core.port.UploadProgressListener;
import dev.tact.xmpp.internal.XmppAccountSession;
import dev.tact.xmpp.internal.muc.Blocking;

/**
 * Shares files through the server's HTTP upload service (XEP-0363) with Smack's {@link HttpFileUploadManager}. The
 * size limit comes from service discovery; a file over it is refused with a {@link FileTooLargeException} before a
 * byte is sent.
 */
public final class SmackFileSharing implements FileSharingPort, AutoCloseable {

	private final HttpFileUploadManager uploads;
	private final Executor executor;
	private final ExecutorService ownedExecutor;

	/** File sharing for a session, on its own background threads. */
	public SmackFileSharing(XmppAccountSession session) {
		this(session.smackConnection().orElseThrow(() -> new IllegalStateException("Sign in first.")), null);
	}

	/** @param executor where blocking calls run; null for a private pool that {@link #close()} shuts down */
	public SmackFileSharing(XMPPConnection connection, Executor executor) {
		this.uploads = HttpFileUploadManager.getInstanceFor(Objects.requireNonNull(connection, "connection"));
		this.ownedExecutor = executor == null ? Executors.newCachedThreadPool(SmackFileSharing::daemon) : null;
		this.executor = executor == null ? ownedExecutor : executor;
	}

	@Override
	public CompletableFuture<OptionalLong> maxUploadSize() {
		return Blocking.run(executor, "ask the server about file uploads", () -> {
			UploadService service = service();
			return service != null && service.hasMaxFileSizeLimit() ? OptionalLong.of(service.getMaxFileSize())
					: OptionalLong.empty();
		});
	}

	@Override
	public CompletableFuture<URI> upload(Path file, UploadProgressListener progress) {
		return upload(file, file.getFileName().toString(), progress);
	}

	/** Uploads {@code file} under the name {@code name} (what the recipient sees in the link). */
	public CompletableFuture<URI> upload(Path file, String name, UploadProgressListener progress) {
		UploadProgressListener listener = progress == null ? (sent, total) -> {
		} : progress;
		return Blocking.run(executor, "upload " + name, () -> {
			if (!Files.isRegularFile(file)) {
				throw new FileTransferException("The file " + file.getFileName() + " cannot be read.");
			}
			long size = Files.size(file);
			UploadService service = service();
			if (service == null) {
				throw new FileTransferException("The server offers no file upload service.");
			}
			if (service.hasMaxFileSizeLimit() && size > service.getMaxFileSize()) {
				throw new FileTooLargeException(size, service.getMaxFileSize());
			}
			try (InputStream in = Files.newInputStream(file)) {
				return uploads.uploadFile(in, name, size, listener::progressed).toURI();
			}
		}).exceptionallyCompose(SmackFileSharing::passThroughOwnFailures);
	}

	@Override
	public void close() {
		if (ownedExecutor != null) {
			ownedExecutor.shutdownNow();
		}
	}

	private UploadService service() throws Exception {
		if (!uploads.isUploadServiceDiscovered()) {
			uploads.discoverUploadService();
		}
		return uploads.getDefaultUploadService();
	}

	/** Our own exceptions already carry a user message; Blocking wrapped them, so unwrap them again. */
	private static CompletableFuture<URI> passThroughOwnFailures(Throwable failure) {
		Throwable cause = failure instanceof CompletionException && failure.getCause() != null
				? failure.getCause() : failure;
		Throwable inner = cause.getCause();
		if (inner instanceof FileTooLargeException || inner instanceof FileTransferException) {
			return CompletableFuture.failedFuture(inner);
		}
		return CompletableFuture.failedFuture(cause);
	}

	private static Thread daemon(Runnable task) {
		Thread thread = new Thread(task, "tact-files");
		thread.setDaemon(true);
		return thread;
	}
}
