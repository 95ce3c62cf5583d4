package dev.tact.core.chat;

/**
 * How big a message body is on the wire, and whether it fits in one stanza. Servers close the stream of a client
 * that sends a stanza over their limit (ejabberd's default is 64 KiB, Prosody's 256 KiB), and a client that sends it
 * again after reconnecting never gets anything else out: so a body is capped below the smallest common default, with
 * room for the envelope, and a longer text goes as a file.
 */
public final class MessageSize {

	/** The most a body may take on the wire, as UTF-8 after XML escaping. */
	public static final int MAX_BODY_BYTES = 48 * 1024;

	private MessageSize() {
	}

	/** The bytes {@code body} takes in a stanza: UTF-8, with {@code & < > " '} escaped. */
	public static int wireBytes(String body) {
		int bytes = 0;
		for (int i = 0; i < body.length(); i++) {
			char c = body.charAt(i);
			bytes += switch (c) {
			case '&' -> 5;
			case '<', '>' -> 4;
			case '"', '\'' -> 6;
			default -> c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
			};
		}
		return bytes;
	}

	/** Whether {@code body} goes as one message. */
	public static boolean fits(String body) {
		return wireBytes(body) <= MAX_BODY_BYTES;
	}

	/** What to tell the user about a body that does not fit. */
	public static String tooLong(String body) {
		return "This message is " + kilobytes(wireBytes(body)) + "; at most " + kilobytes(MAX_BODY_BYTES)
				+ " goes as one message. Send it as a file, or shorten it.";
	}

	private static String kilobytes(int bytes) {
		return (bytes + 1023) / 1024 + " KB";
	}
}
