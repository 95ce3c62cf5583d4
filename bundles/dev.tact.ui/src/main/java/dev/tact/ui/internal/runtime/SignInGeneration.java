package dev.tact.ui.internal.runtime;

import java.util.concurrent.CompletableFuture;

/** One sign-in or sign-out the user asked for; it ends when they ask for the next one. */
final class SignInGeneration {

	private final CompletableFuture<Void> ended = new CompletableFuture<>();

	void end() {
		ended.complete(null);
	}

	/** Completes when a newer sign-in or a sign-out has replaced this one. */
	CompletableFuture<Void> ended() {
		return ended;
	}
}
