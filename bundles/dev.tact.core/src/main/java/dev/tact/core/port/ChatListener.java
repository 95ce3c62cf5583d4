package dev.tact.core.port;

/** Hears one-to-one and group chat traffic. Every method has an empty default; override what you need. */
public interface ChatListener {

	default void messageReceived(IncomingMessageEvent event) {
	}

	default void receiptReceived(ReceiptEvent event) {
	}

	default void chatStateReceived(ChatStateEvent event) {
	}
}
