package dev.tact.xmpp.internal.muc;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** Runs a blocking Smack call off the caller's thread and completes with a user-readable failure. */
public final class Blocking {

	/** A Smack call that may throw anything Smack throws. */
	@FunctionalInterface
	public interface Call<T> {
		T call() throws Exception;
	}

	private Blocking() {
	}

	/** Runs {@code call} on {@code executor}; failures become {@link XmppOperationException}s naming {@code action}. */
	public static <T> CompletableFuture<T> run(Executor executor, String action, Call<T> call) {
		CompletableFuture<T> result = new CompletableFuture<>();
		executor.execute(() -> {
			try {
				result.complete(call.call());
			} catch (Exception e) {
				result.completeExceptionally(e instanceof XmppOperationException ? e : FailureMessages.failure(action, e));
			}
		});
		return result;
	}
}
