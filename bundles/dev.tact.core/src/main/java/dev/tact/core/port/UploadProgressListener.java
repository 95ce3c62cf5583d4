package dev.tact.core.port;

/** Hears how far an upload got; called on the upload's thread, often, so keep it cheap. */
@FunctionalInterface
public interface UploadProgressListener {

	/** {@code sentBytes} of {@code totalBytes} are uploaded. */
	void progressed(long sentBytes, long totalBytes);
}
