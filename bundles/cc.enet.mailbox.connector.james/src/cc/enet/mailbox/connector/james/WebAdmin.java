package cc.enet.mailbox.connector.james;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;

import javax.net.ssl.SSLException;

import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.ConnectorText;
import cc.enet.mailbox.connector.ConnectorException.Kind;
import cc.enet.mailbox.connector.json.Json;
import cc.enet.mailbox.connector.tls.TlsTrust;

/**
 * HTTP to James's WebAdmin: JSON bodies with their content type (James answers 400 without it), an optional JWT
 * bearer token, TLS verified against the system or the pinned certificate, and every failure turned into a
 * {@link ConnectorException} that names the server and what went wrong.
 */
final class WebAdmin {

	/** A response: status and body text. */
	record Response(int status, String body) {
	}

	private final String server;
	private final String base;
	private final HttpClient client;
	private final String authorization;

	private WebAdmin(String server, String base, HttpClient client, String authorization) {
		this.server = server;
		this.base = base;
		this.client = client;
		this.authorization = authorization;
	}

	static WebAdmin open(String server, String url, String pinnedSha256, char[] token) throws ConnectorException {
		if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
			throw new ConnectorException(Kind.PROTOCOL, JamesMessages.text("error.badUrl", server, String.valueOf(url)));
		}
		HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
				.version(HttpClient.Version.HTTP_1_1);
		try {
			builder.sslContext(TlsTrust.context(pinnedSha256));
		} catch (GeneralSecurityException e) {
			throw new ConnectorException(Kind.UNTRUSTED_CERTIFICATE, JamesMessages.text("error.tls", server, String.valueOf(e.getMessage())), e);
		}
		String auth = token == null || token.length == 0 ? null : "Bearer " + new String(token);
		return new WebAdmin(server, url.endsWith("/") ? url.substring(0, url.length() - 1) : url, builder.build(), auth);
	}

	static String segment(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	Response get(String path) throws ConnectorException {
		return send(request(path).GET().build());
	}

	Response head(String path) throws ConnectorException {
		return send(request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
	}

	Response delete(String path) throws ConnectorException {
		return send(request(path).DELETE().build());
	}

	Response putJson(String path, Object body) throws ConnectorException {
		return send(request(path).header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString(body == null ? "" : Json.write(body), StandardCharsets.UTF_8)).build());
	}

	Response putText(String path, String body) throws ConnectorException {
		return send(request(path).header("Content-Type", "text/plain; charset=utf-8")
				.PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
	}

	/** Fails with REFUSED unless the status is one of {@code ok}. */
	Response expect(Response response, ConnectorText what, int... ok) throws ConnectorException {
		for (int status : ok) {
			if (response.status() == status) {
				return response;
			}
		}
		throw new ConnectorException(Kind.REFUSED, JamesMessages.text("error.refused", server, what, response.status(),
				message(response.body())), null, response.status() >= 500);
	}

	private static String message(String body) {
		try {
			Object message = Json.object(Json.parse(body)).get("message");
			return message == null ? "" : " (" + message + ")";
		} catch (RuntimeException e) {
			return body == null || body.isBlank() ? "" : " (" + body.strip() + ")";
		}
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
		if (authorization != null) {
			builder.header("Authorization", authorization);
		}
		return builder;
	}

	/**
	 * Sends once. James's in-memory stores answer 500 now and then under concurrent writes; such an answer fails as
	 * transient, and the change's one {@link cc.enet.mailbox.connector.Retry} decides whether to ask again.
	 */
	private Response send(HttpRequest request) throws ConnectorException {
		return sendOnce(request);
	}

	private Response sendOnce(HttpRequest request) throws ConnectorException {
		HttpResponse<String> response;
		try {
			response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		} catch (SSLException e) {
			throw new ConnectorException(Kind.UNTRUSTED_CERTIFICATE,
					JamesMessages.text("error.untrustedBecause", server, base, String.valueOf(e.getMessage())), e);
		} catch (ConnectException | HttpConnectTimeoutException e) {
			throw new ConnectorException(Kind.UNREACHABLE, JamesMessages.text("error.unreachable", server, base,
					e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
		} catch (HttpTimeoutException e) {
			throw new ConnectorException(Kind.UNREACHABLE, JamesMessages.text("error.timeout", server, base), e);
		} catch (IOException e) {
			Throwable cause = e.getCause();
			if (cause instanceof SSLException || e.getMessage() != null && e.getMessage().contains("PKIX")) {
				throw new ConnectorException(Kind.UNTRUSTED_CERTIFICATE, JamesMessages.text("error.untrusted", server, base), e);
			}
			throw new ConnectorException(Kind.UNREACHABLE, JamesMessages.text("error.unreachable", server, base, e.toString()), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ConnectorException(Kind.UNREACHABLE, JamesMessages.text("error.interrupted", server), e);
		}
		if (response.statusCode() == 401 || response.statusCode() == 403) {
			throw new ConnectorException(Kind.UNAUTHORIZED, JamesMessages.text("error.unauthorized", server, base, response.statusCode()));
		}
		return new Response(response.statusCode(), response.body());
	}
}
