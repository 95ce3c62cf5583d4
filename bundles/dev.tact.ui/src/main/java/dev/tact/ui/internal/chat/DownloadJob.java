package dev.tact.ui.internal.chat;

import java.net.URI;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import dev.tact.core.files.FileDownloader;
import dev.tact.core.files.FileTransferException;

/**
 * Downloads a shared file through {@link FileDownloader} (https only, size cap, safe name, never overwrites) with
 * progress and cancel in the Progress view; what happened goes to {@code onOutcome} as one sentence.
 */
final class DownloadJob extends Job {

	private static final int TICKS = 1000;

	private final URI url;
	private final Path folder;
	private final String name;
	private final Consumer<String> onOutcome;

	DownloadJob(URI url, Path folder, String name, Consumer<String> onOutcome) {
		super("Saving " + name);
		this.url = url;
		this.folder = folder;
		this.name = name;
		this.onOutcome = onOutcome;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == ChatEditors.JOB_FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), TICKS);
		int[] reported = { 0 };
		try {
			Path saved = new FileDownloader(FileDownloader.DEFAULT_MAX_BYTES).save(url, folder, name,
					new FileDownloader.Progress() {
						@Override
						public void received(long received, long total) {
							int now = total <= 0 ? 0 : (int) Math.min(TICKS, received * TICKS / total);
							monitor.worked(now - reported[0]);
							reported[0] = now;
						}

						@Override
						public boolean isCancelled() {
							return monitor.isCanceled();
						}
					});
			onOutcome.accept("Saved " + saved.getFileName() + " in " + saved.getParent() + ".");
			return Status.OK_STATUS;
		} catch (FileTransferException e) {
			onOutcome.accept(e.getMessage());
			return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
		} finally {
			monitor.done();
		}
	}
}
