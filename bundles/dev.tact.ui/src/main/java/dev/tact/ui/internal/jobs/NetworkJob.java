package dev.tact.ui.internal.jobs;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/**
 * Runs one network operation of a port as an Eclipse Job, so it shows in the Progress view and never holds the UI
 * thread. A failure reaches {@code onError} on the UI thread as one readable sentence, never a stack trace.
 */
public final class NetworkJob extends Job {

	/** Family of every Tact network job, so tests and shutdown can join them. */
	public static final Object FAMILY = NetworkJob.class;
	private static final long TIMEOUT_SECONDS = 60;

	private final Supplier<CompletableFuture<?>> operation;
	private final Consumer<String> onError;

	private NetworkJob(String name, Supplier<CompletableFuture<?>> operation, Consumer<String> onError) {
		super(name);
		this.operation = operation;
		this.onError = onError;
	}

	/** Schedules {@code operation} under {@code name}; errors go to {@code onError} on the UI thread. */
	public static NetworkJob schedule(String name, Supplier<CompletableFuture<?>> operation, Consumer<String> onError) {
		NetworkJob job = new NetworkJob(name, operation, onError);
		job.schedule();
		return job;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		try {
			operation.get().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		} catch (ExecutionException e) {
			report(messageOf(e.getCause()));
		} catch (TimeoutException e) {
			report(getName() + ": the server did not answer in time.");
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Status.CANCEL_STATUS;
		} catch (RuntimeException e) {
			report(messageOf(e));
		} finally {
			monitor.done();
		}
		return Status.OK_STATUS;
	}

	private void report(String message) {
		Display display = Display.getDefault();
		if (!display.isDisposed()) {
			display.asyncExec(() -> onError.accept(message));
		}
	}

	private String messageOf(Throwable error) {
		Throwable cause = error;
		while (cause.getCause() != null && cause.getMessage() == null) {
			cause = cause.getCause();
		}
		String message = cause.getMessage();
		return message == null || message.isBlank() ? getName() + " failed." : message;
	}
}
