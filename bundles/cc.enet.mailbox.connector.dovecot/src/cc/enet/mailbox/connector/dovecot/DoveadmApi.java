package cc.enet.mailbox.connector.dovecot;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.ConnectorException.Kind;
import cc.enet.mailbox.connector.json.Json;

/**
 * Dovecot's doveadm HTTP API ({@code POST /doveadm/v1}, header {@code Authorization: X-Dovecot-API base64(key)}):
 * quota usage of every user in one call.
 */
final class DoveadmApi {

	private final DovecotSettings settings;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	DoveadmApi(DovecotSettings settings) {
		this.settings = settings;
	}

	/** Bytes in use per mailbox ({@code quotaGet} with allUsers; Dovecot counts in KiB). */
	Map<String, Long> usedBytes() throws ConnectorException {
		Map<String, Long> used = new HashMap<>();
		// Dovecot opens every mailbox for this: over a minute at 10,000 mailboxes on two cores
		String body = call("[[\"quotaGet\",{\"allUsers\":true},\"q\"]]", Duration.ofMinutes(15));
		for (Object row : Json.array(result(body, "quotaGet"))) {
			Map<String, Object> quota = Json.object(row);
			if ("STORAGE".equals(quota.get("type")) && quota.get("username") instanceof String user) {
				try {
					used.put(user, Long.parseLong(String.valueOf(quota.get("value"))) * 1024L);
				} catch (NumberFormatException e) {
					throw new ConnectorException(Kind.PROTOCOL,
							DovecotMessages.text("doveadm.badQuota", where(), user, String.valueOf(quota.get("value"))));
				}
			}
		}
		return used;
	}

	/**
	 * Expunges the user's INBOX mail received more than {@code days} days ago ({@code before}: the received date,
	 * which for delivered mail is the delivery). The user goes as a plain string: an array crashes the worker.
	 */
	void expunge(String user, int days) throws ConnectorException {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("user", user);
		parameters.put("query", List.of("mailbox", "INBOX", "before", days + "d"));
		result(call(Json.write(List.of(List.of("expunge", parameters, "e"))), Duration.ofSeconds(60)), "expunge " + user);
	}

	private String call(String body, Duration timeout) throws ConnectorException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(settings.doveadmUrl())).timeout(timeout)
				.header("Content-Type", "application/json")
				.header("Authorization", "X-Dovecot-API " + Base64.getEncoder().encodeToString(
						new String(settings.doveadmKey()).getBytes(StandardCharsets.UTF_8)))
				.POST(HttpRequest.BodyPublishers.ofString(body)).build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() == 401 || response.statusCode() == 403) {
				throw new ConnectorException(Kind.UNAUTHORIZED, DovecotMessages.text("doveadm.unauthorized", where(), response.statusCode()));
			}
			if (response.statusCode() != 200) {
				throw new ConnectorException(Kind.PROTOCOL, DovecotMessages.text("doveadm.http", where(), response.statusCode()));
			}
			return response.body();
		} catch (IOException e) {
			throw new ConnectorException(Kind.UNREACHABLE, DovecotMessages.text("doveadm.unreachable", where(), String.valueOf(e.getMessage())), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ConnectorException(Kind.UNREACHABLE, DovecotMessages.text("doveadm.interrupted", where()), e);
		}
	}

	/** The result of the one command sent: [["doveadmResponse", RESULT, tag]] or [["error", {...}, tag]]. */
	private Object result(String body, String command) throws ConnectorException {
		try {
			List<Object> reply = Json.array(Json.array(Json.parse(body)).get(0));
			if (!"doveadmResponse".equals(reply.get(0))) {
				throw new ConnectorException(Kind.REFUSED, DovecotMessages.text("doveadm.failed", where(), command, Json.write(reply.get(1))));
			}
			return reply.get(1);
		} catch (IllegalArgumentException | IndexOutOfBoundsException | ClassCastException e) {
			throw new ConnectorException(Kind.PROTOCOL,
					DovecotMessages.text("doveadm.unexpected", where(), command, String.valueOf(e.getMessage())), e);
		}
	}

	private String where() {
		return "doveadm API " + settings.doveadmUrl();
	}
}
