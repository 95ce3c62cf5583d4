package dev.tact.core.port;

/** A file is larger than the server accepts; the message says both sizes. */
public final class FileTooLargeException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final long size;
	private final long limit;

	public FileTooLargeException(long size, long limit) {
		super("The file is " + size + " bytes; the server accepts at most " + limit + " bytes");
		this.size = size;
		this.limit = limit;
	}

	public long size() {
		return size;
	}

	public long limit() {
		return limit;
	}
}
