package cc.enet.mailbox.connector.james.tests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Looks at (or changes) James behind the console's back, as a customer using webmail would. */
final class WebAdminProbe {

	private final String base;
	private final HttpClient client = HttpClient.newHttpClient();

	WebAdminProbe(JamesProcess james) {
		this.base = james.webAdminUrl();
	}

	String get(String path) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
	}

	int put(String path) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create(base + path)).PUT(HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	int putJson(String path, String json) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	int delete(String path) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create(base + path)).DELETE().build(),
				HttpResponse.BodyHandlers.discarding()).statusCode();
	}
}
