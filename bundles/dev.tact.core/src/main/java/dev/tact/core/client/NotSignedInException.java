package dev.tact.core.client;

/** An operation that needs the server was asked for while no account is connected. Its message is for the user. */
public final class NotSignedInException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	public NotSignedInException() {
		super("Not connected: sign in first.");
	}
}
