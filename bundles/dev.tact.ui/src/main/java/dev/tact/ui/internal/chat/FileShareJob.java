package dev.tact.ui.internal.chat;

import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import dev.tact.core.address.ChatAddress;
import dev.tact.core.client.NotInRoomException;
import dev.tact.core.client.NotSignedInException;
import dev.tact.core.client.TactClient;
import dev.tact.core.port.FileTooLargeException;

/**
 * Uploads one file through the account's file sharing port with progress in the Progress view, then sends its link
 * to the peer as a message. Problems go to {@code onProblem} (shown inline in the editor), not to a dialog.
 */
final class FileShareJob extends Job {

	private static final int TICKS = 1000;

	private final TactClient client;
	private final ChatAddress peer;
	private final Path file;
	private final Consumer<String> onProblem;
	private final Runnable onShared;

	FileShareJob(TactClient client, ChatAddress peer, Path file, Consumer<String> onProblem, Runnable onShared) {
		super("Sharing " + file.getFileName() + " with " + peer);
		this.client = client;
		this.peer = peer;
		this.file = file;
		this.onProblem = onProblem;
		this.onShared = onShared;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == ChatEditors.JOB_FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask("Uploading " + file.getFileName(), TICKS);
		AtomicLong permille = new AtomicLong();
		CompletableFuture<URI> upload = client.upload(file,
				(sent, total) -> permille.set(total <= 0 ? 0 : Math.min(TICKS, sent * TICKS / total)));
		long reported = 0;
		try {
			while (true) {
				try {
					URI link = upload.get(100, TimeUnit.MILLISECONDS);
					try {
						client.send(peer, link.toString(), false);
					} catch (NotInRoomException e) {
						onProblem.accept(e.getMessage());
						return Status.OK_STATUS;
					}
					onShared.run();
					return Status.OK_STATUS;
				} catch (TimeoutException stillUploading) {
					long now = permille.get();
					monitor.worked((int) (now - reported));
					reported = now;
					if (monitor.isCanceled()) {
						upload.cancel(true);
						return Status.CANCEL_STATUS;
					}
				}
			}
		} catch (ExecutionException e) {
			if (e.getCause() instanceof NotSignedInException) {
				onProblem.accept("Sign in to share files: " + file.getFileName() + " was not sent.");
				return Status.OK_STATUS;
			}
			onProblem.accept(e.getCause() instanceof FileTooLargeException tooLarge ? tooLarge.getMessage()
					: "Could not share " + file.getFileName() + ": " + e.getCause().getMessage());
			ILog.of(getClass()).warn("Upload of " + file + " failed", e.getCause());
			return Status.OK_STATUS;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			upload.cancel(true);
			return Status.CANCEL_STATUS;
		} finally {
			monitor.done();
		}
	}
}
