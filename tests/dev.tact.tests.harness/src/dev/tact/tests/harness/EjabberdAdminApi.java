package dev.tact.tests.harness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * ejabberd's administration commands over its loopback HTTP API (mod_http_api), the way the harness makes accounts:
 * ejabberdctl would need an Erlang node to talk to, and the throwaway server runs without distribution.
 */
final class EjabberdAdminApi {

	private final URI base;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	EjabberdAdminApi(String host, int port) {
		this.base = URI.create("http://" + host + ":" + port + "/api/");
	}

	/** Creates the account {@code user@host}; fails with ejabberd's answer when it refuses. */
	void register(String user, String host, String password) throws IOException {
		call("register", "{\"user\":" + json(user) + ",\"host\":" + json(host) + ",\"password\":" + json(password) + "}");
	}

	private String call(String command, String arguments) throws IOException {
		HttpRequest request = HttpRequest.newBuilder(base.resolve(command)).timeout(Duration.ofSeconds(15))
				.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(arguments)).build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IOException("ejabberd refused " + command + " (HTTP " + response.statusCode() + "): " + response.body());
			}
			return response.body();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while calling ejabberd's " + command, e);
		}
	}

	private static String json(String value) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			default -> {
				if (c < 0x20) {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		return out.append('"').toString();
	}
}
