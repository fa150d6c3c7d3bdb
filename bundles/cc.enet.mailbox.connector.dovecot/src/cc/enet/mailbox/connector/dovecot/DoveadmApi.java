package cc.enet.mailbox.connector.dovecot;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;

import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.ConnectorException.Kind;
import cc.enet.mailbox.connector.json.Json;

/**
 * Dovecot's doveadm HTTP API ({@code POST /doveadm/v1}, header {@code Authorization: X-Dovecot-API base64(key)}):
 * quota usage, and the retrieved mail retention removes. Each request gets the server's deadline and ends at once
 * on Cancel or an interrupt, so a doveadm that stopped answering never holds a plan or an apply (and the workspace
 * lock) for longer than that.
 */
final class DoveadmApi {

	/** Users per quotaGet request: Dovecot opens each mailbox, so one request for thousands outlasts any deadline. */
	static final int QUOTA_BATCH = 100;
	/** Files per fsGet request. */
	static final int FILE_BATCH = 500;
	/**
	 * Users of a quotaGet for all users per the server's deadline: 30 ms a user with the default 30 s, three times
	 * what a loaded 2-core server took the first time it counted new mailboxes (10 ms; 2 ms after).
	 */
	static final int USERS_PER_DEADLINE = 1_000;
	/** doveadm's exit code for a file or script that is not there. */
	private static final int NOT_FOUND = 68;
	private static final long POLL_MILLIS = 100;

	private final DovecotSettings settings;
	private final HttpClient http;
	/** Two: as many requests as a small server's cores work on; more only queue there. */
	private final ExecutorService readers = Executors.newFixedThreadPool(2, runnable -> {
		Thread thread = new Thread(runnable, "doveadm reader");
		thread.setDaemon(true);
		return thread;
	});

	DoveadmApi(DovecotSettings settings) {
		this.settings = settings;
		this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
	}

	/** Bytes in use per mailbox (quotaGet, Dovecot counts in KiB); a user doveadm does not know is left out. */
	Map<String, Long> usedBytes(Collection<String> users, IProgressMonitor monitor) throws ConnectorException {
		List<String> all = List.copyOf(users);
		Map<String, Long> used = new HashMap<>();
		for (int from = 0; from < all.size(); from += QUOTA_BATCH) {
			List<String> batch = all.subList(from, Math.min(all.size(), from + QUOTA_BATCH));
			List<Object> commands = new ArrayList<>();
			for (int i = 0; i < batch.size(); i++) {
				commands.add(List.of("quotaGet", Map.of("user", batch.get(i)), String.valueOf(i)));
			}
			long started = PhaseClock.start();
			String body = call(Json.write(commands), monitor);
			PhaseClock.stop("doveadm.quotaGet." + QUOTA_BATCH, started);
			for (Object reply : replies(body, "quotaGet")) {
				List<Object> answer = Json.array(reply);
				if ("doveadmResponse".equals(answer.get(0))) {
					String user = batch.get(Integer.parseInt(String.valueOf(answer.get(2))));
					storage(user, answer.get(1), used);
				}
			}
		}
		return used;
	}

	/**
	 * The text of each user's script {@code name} (absent: none), read by doveadm from the users' Sieve storage in
	 * batches: no ManageSieve login per mailbox, which made a plan of 10,000 mailboxes take minutes. sieveList first,
	 * since sieveGet of a missing script is an error line in Dovecot's log; "scriptname" goes as a plain string (an
	 * array crashes the worker, as "user" does). Dovecot sets up each user for each command (about 5 ms): the way
	 * for a few mailboxes; every mailbox goes through {@link #files}.
	 */
	Map<String, String> scripts(Collection<String> users, String name, IProgressMonitor monitor) throws ConnectorException {
		List<String> all = List.copyOf(users);
		Map<String, String> scripts = new HashMap<>();
		for (int from = 0; from < all.size(); from += QUOTA_BATCH) {
			List<String> batch = all.subList(from, Math.min(all.size(), from + QUOTA_BATCH));
			List<String> having = having(batch, name, monitor);
			for (Map.Entry<String, Object> got : each(having, "sieveGet", Map.of("scriptname", name), monitor).entrySet()) {
				for (Object row : Json.array(got.getValue())) {
					scripts.put(got.getKey(), String.valueOf(Json.object(row).get("sieve script")));
				}
			}
		}
		return scripts;
	}

	/** Those of the users whose Sieve storage lists a script {@code name} (sieveList). */
	List<String> having(List<String> users, String name, IProgressMonitor monitor) throws ConnectorException {
		List<String> having = new ArrayList<>();
		for (Map.Entry<String, Object> listed : each(users, "sieveList", Map.of(), monitor).entrySet()) {
			for (Object row : Json.array(listed.getValue())) {
				if (name.equals(Json.object(row).get("script"))) {
					having.add(listed.getKey());
				}
			}
		}
		return having;
	}

	/**
	 * The text of each file (key: whose it is), read by doveadm's file commands (fsGet, posix) in batches of
	 * {@value #FILE_BATCH}, two requests at a time so the server uses both of a small machine's cores; a file that is
	 * not there is left out. No user is set up, so this costs well under a millisecond a file.
	 */
	Map<String, String> files(Map<String, String> fileOf, IProgressMonitor monitor) throws ConnectorException {
		List<Map.Entry<String, String>> all = List.copyOf(fileOf.entrySet());
		Map<String, String> texts = new ConcurrentHashMap<>();
		List<CompletableFuture<Void>> running = new ArrayList<>();
		try {
			for (int from = 0; from < all.size(); from += FILE_BATCH) {
				List<Map.Entry<String, String>> batch = all.subList(from, Math.min(all.size(), from + FILE_BATCH));
				running.add(CompletableFuture.runAsync(() -> {
					try {
						texts.putAll(fileBatch(batch, monitor));
					} catch (ConnectorException e) {
						throw new CompletionException(e);
					}
				}, readers));
			}
			for (CompletableFuture<Void> batch : running) {
				batch.join();
			}
		} catch (CompletionException e) {
			running.forEach(batch -> batch.cancel(true));
			throw e.getCause() instanceof ConnectorException ce ? ce
					: new ConnectorException(Kind.PROTOCOL, DovecotMessages.text("doveadm.unexpected", where(), "fsGet", String.valueOf(e.getCause())), e.getCause());
		}
		return texts;
	}

	private Map<String, String> fileBatch(List<Map.Entry<String, String>> batch, IProgressMonitor monitor) throws ConnectorException {
		List<Object> commands = new ArrayList<>();
		for (int i = 0; i < batch.size(); i++) {
			commands.add(List.of("fsGet", Map.of("fsDriver", "posix", "fsArgs", "", "path", batch.get(i).getValue()), String.valueOf(i)));
		}
		Map<String, String> texts = new HashMap<>();
		long started = PhaseClock.start();
		String body = call(Json.write(commands), monitor, settings.timeout());
		PhaseClock.stop("doveadm.fsGet." + FILE_BATCH, started);
		try {
			for (Object reply : replies(body, "fsGet")) {
				List<Object> answer = Json.array(reply);
				Map.Entry<String, String> file = batch.get(Integer.parseInt(String.valueOf(answer.get(2))));
				if ("doveadmResponse".equals(answer.get(0))) {
					for (Object row : Json.array(answer.get(1))) {
						texts.put(file.getKey(), String.valueOf(Json.object(row).get("content")));
					}
				} else if (!(Json.object(answer.get(1)).get("exitCode") instanceof Number code && code.intValue() == NOT_FOUND)) {
					throw new ConnectorException(Kind.REFUSED,
							DovecotMessages.text("doveadm.failed", where(), "fsGet " + file.getValue(), Json.write(answer.get(1))));
				}
			}
		} catch (IllegalArgumentException | IndexOutOfBoundsException | ClassCastException e) {
			throw new ConnectorException(Kind.PROTOCOL, DovecotMessages.text("doveadm.unexpected", where(), "fsGet", String.valueOf(e.getMessage())), e);
		}
		return texts;
	}

	/**
	 * Bytes in use of every user of the server, in one request (quotaGet for all users): Dovecot iterates its users
	 * once instead of setting up a command per user, five times faster than {@link #usedBytes}. The answer of
	 * 100,000 users takes longer than one answer should: the deadline is the server's timeout per
	 * {@value #USERS_PER_DEADLINE} users (Cancel still ends it at once).
	 */
	Map<String, Long> usedBytesOfAll(int users, IProgressMonitor monitor) throws ConnectorException {
		Map<String, Long> used = new HashMap<>();
		Duration deadline = settings.timeout().multipliedBy(Math.max(1, (users + USERS_PER_DEADLINE - 1) / USERS_PER_DEADLINE));
		long started = PhaseClock.start();
		Object rows = single(call(Json.write(List.of(List.of("quotaGet", Map.of("allUsers", true), "q"))), monitor, deadline),
				"quotaGet");
		PhaseClock.stop("doveadm.quotaGet.allUsers", started);
		try {
			for (Object row : Json.array(rows)) {
				Map<String, Object> quota = Json.object(row);
				storage(String.valueOf(quota.get("username")), List.of(quota), used);
			}
		} catch (IllegalArgumentException | ClassCastException e) {
			throw new ConnectorException(Kind.PROTOCOL, DovecotMessages.text("doveadm.unexpected", where(), "quotaGet", String.valueOf(e.getMessage())), e);
		}
		return used;
	}

	/** One command per user in one request; each user's result (a user the command failed for is an error). */
	private Map<String, Object> each(List<String> users, String command, Map<String, String> more, IProgressMonitor monitor)
			throws ConnectorException {
		Map<String, Object> results = new HashMap<>();
		if (users.isEmpty()) {
			return results;
		}
		List<Object> commands = new ArrayList<>();
		for (int i = 0; i < users.size(); i++) {
			Map<String, Object> parameters = new LinkedHashMap<>(more);
			parameters.put("user", users.get(i));
			commands.add(List.of(command, parameters, String.valueOf(i)));
		}
		try {
			for (Object reply : replies(call(Json.write(commands), monitor), command)) {
				List<Object> answer = Json.array(reply);
				String user = users.get(Integer.parseInt(String.valueOf(answer.get(2))));
				if (!"doveadmResponse".equals(answer.get(0))) {
					throw new ConnectorException(Kind.REFUSED,
							DovecotMessages.text("doveadm.failed", where(), command + " " + user, Json.write(answer.get(1))));
				}
				results.put(user, answer.get(1));
			}
		} catch (IllegalArgumentException | IndexOutOfBoundsException | ClassCastException e) {
			throw new ConnectorException(Kind.PROTOCOL,
					DovecotMessages.text("doveadm.unexpected", where(), command, String.valueOf(e.getMessage())), e);
		}
		return results;
	}

	private void storage(String user, Object rows, Map<String, Long> used) throws ConnectorException {
		for (Object row : Json.array(rows)) {
			Map<String, Object> quota = Json.object(row);
			if ("STORAGE".equals(quota.get("type"))) {
				try {
					used.put(user, Long.parseLong(String.valueOf(quota.get("value"))) * 1024L);
				} catch (NumberFormatException e) {
					throw new ConnectorException(Kind.PROTOCOL,
							DovecotMessages.text("doveadm.badQuota", where(), user, String.valueOf(quota.get("value"))));
				}
			}
		}
	}

	/**
	 * UIDs of the INBOX mail a client has retrieved ({@code seen}: POP3 RETR and IMAP reads set it) whose file has
	 * not changed since before {@code before} ({@code savedbefore}: on this stack's maildir the file's ctime, which the
	 * rename that records \Seen sets; see releng/mailstack's dovecot.conf). Mail nobody retrieved never matches.
	 */
	List<Long> retrieved(String user, Instant before) throws ConnectorException {
		return search(user, retrievedQuery(before, null));
	}

	/** Expunges those of {@code uids} still retrieved before {@code before}; how many of them are gone after. */
	int expunge(String user, Instant before, List<Long> uids) throws ConnectorException {
		if (uids.isEmpty()) {
			return 0;
		}
		String set = UidSet.of(uids);
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("user", user); // a plain string: an array crashes the worker
		parameters.put("query", retrievedQuery(before, set));
		single(call(Json.write(List.of(List.of("expunge", parameters, "e"))), new NullProgressMonitor()), "expunge " + user);
		return uids.size() - search(user, List.of("mailbox", "INBOX", "uid", set)).size();
	}

	private static List<String> retrievedQuery(Instant before, String uids) {
		List<String> query = new ArrayList<>(List.of("mailbox", "INBOX"));
		if (uids != null) {
			query.addAll(List.of("uid", uids));
		}
		// a UNIX time compares to the second; "30d" would too, but by the server's clock instead of the caller's
		query.addAll(List.of("seen", "savedbefore", String.valueOf(before.getEpochSecond())));
		return query;
	}

	private List<Long> search(String user, List<String> query) throws ConnectorException {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("user", user);
		parameters.put("query", query);
		Object rows = single(call(Json.write(List.of(List.of("search", parameters, "s"))), new NullProgressMonitor()),
				"search " + user);
		List<Long> uids = new ArrayList<>();
		try {
			for (Object row : Json.array(rows)) {
				uids.add(Long.parseLong(String.valueOf(Json.object(row).get("uid"))));
			}
		} catch (IllegalArgumentException | ClassCastException e) {
			throw new ConnectorException(Kind.PROTOCOL,
					DovecotMessages.text("doveadm.unexpected", where(), "search " + user, String.valueOf(e.getMessage())), e);
		}
		return uids;
	}

	/**
	 * Sends the request and waits for the answer up to the deadline, looking every 100 ms whether the monitor was
	 * cancelled or the thread interrupted: either abandons the request at once.
	 */
	private String call(String body, IProgressMonitor monitor) throws ConnectorException {
		return call(body, monitor, settings.timeout());
	}

	private String call(String body, IProgressMonitor monitor, Duration timeout) throws ConnectorException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(settings.doveadmUrl())).timeout(timeout)
				.header("Content-Type", "application/json")
				.header("Authorization", "X-Dovecot-API " + Base64.getEncoder().encodeToString(
						new String(settings.doveadmKey()).getBytes(StandardCharsets.UTF_8)))
				.POST(HttpRequest.BodyPublishers.ofString(body)).build();
		CompletableFuture<HttpResponse<String>> pending = http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
		long deadline = System.nanoTime() + timeout.toNanos();
		HttpResponse<String> response;
		while (true) {
			try {
				response = pending.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
				break;
			} catch (TimeoutException waiting) {
				if (monitor.isCanceled()) {
					pending.cancel(true);
					throw new ConnectorException(Kind.UNREACHABLE, DovecotMessages.text("doveadm.cancelled", where()));
				}
				if (System.nanoTime() - deadline > 0) {
					pending.cancel(true);
					throw new ConnectorException(Kind.UNREACHABLE,
							DovecotMessages.text("doveadm.noAnswer", where(), String.valueOf(timeout.toSeconds())));
				}
			} catch (InterruptedException e) {
				pending.cancel(true);
				Thread.currentThread().interrupt();
				throw new ConnectorException(Kind.UNREACHABLE, DovecotMessages.text("doveadm.interrupted", where()), e);
			} catch (ExecutionException e) {
				Throwable cause = e.getCause();
				if (cause instanceof java.net.http.HttpTimeoutException) {
					throw new ConnectorException(Kind.UNREACHABLE,
							DovecotMessages.text("doveadm.noAnswer", where(), String.valueOf(timeout.toSeconds())), cause);
				}
				if (cause instanceof IOException) {
					throw new ConnectorException(Kind.UNREACHABLE,
							DovecotMessages.text("doveadm.unreachable", where(), String.valueOf(cause.getMessage())), cause);
				}
				throw new ConnectorException(Kind.PROTOCOL,
						DovecotMessages.text("doveadm.unexpected", where(), "HTTP", String.valueOf(cause)), cause);
			}
		}
		if (response.statusCode() == 401 || response.statusCode() == 403) {
			throw new ConnectorException(Kind.UNAUTHORIZED, DovecotMessages.text("doveadm.unauthorized", where(), response.statusCode()));
		}
		if (response.statusCode() != 200) {
			throw new ConnectorException(Kind.PROTOCOL, DovecotMessages.text("doveadm.http", where(), response.statusCode()));
		}
		return response.body();
	}

	/** The answers to a request of several commands, one [TYPE, RESULT, tag] each. */
	private List<Object> replies(String body, String command) throws ConnectorException {
		try {
			return Json.array(Json.parse(body));
		} catch (IllegalArgumentException | ClassCastException e) {
			throw new ConnectorException(Kind.PROTOCOL,
					DovecotMessages.text("doveadm.unexpected", where(), command, String.valueOf(e.getMessage())), e);
		}
	}

	/** The result of the one command sent: [["doveadmResponse", RESULT, tag]] or [["error", {...}, tag]]. */
	private Object single(String body, String command) throws ConnectorException {
		try {
			List<Object> reply = Json.array(replies(body, command).get(0));
			if (!"doveadmResponse".equals(reply.get(0))) {
				throw new ConnectorException(Kind.REFUSED, DovecotMessages.text("doveadm.failed", where(), command, Json.write(reply.get(1))));
			}
			return reply.get(1);
		} catch (IndexOutOfBoundsException | ClassCastException | IllegalArgumentException e) {
			throw new ConnectorException(Kind.PROTOCOL,
					DovecotMessages.text("doveadm.unexpected", where(), command, String.valueOf(e.getMessage())), e);
		}
	}

	/** Ends the readers' threads. */
	void close() {
		readers.shutdownNow();
	}

	private String where() {
		return "Dovecot doveadm API " + settings.doveadmUrl();
	}
}
