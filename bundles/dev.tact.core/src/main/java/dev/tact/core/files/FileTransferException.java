package dev.tact.core.files;

/** An upload or download failed; the message is one sentence the UI can show as is. */
public final class FileTransferException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public FileTransferException(String userMessage) {
		super(userMessage);
	}

	public FileTransferException(String userMessage, Throwable cause) {
		super(userMessage, cause);
	}
}
