package cc.enet.mailbox.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cc.enet.mailbox.connector.Change;
import cc.enet.mailbox.connector.MailboxState.Filters;
import cc.enet.mailbox.connector.dovecot.SeededScripts;

/**
 * Seeds the mail stack (releng/mailstack) with the changes of a plan the fastest way, leaving what the connector's
 * apply leaves: the rows in three multi-row INSERTs over unnest arrays (domain, mailbox, alias; no quota_usage row,
 * as quota_clone writes one only when mail arrives), every account with the same SHA512-CRYPT hash of the benchmark's
 * password (an apply salts each one: the only difference, and no login tells them apart), and each Sieve script as
 * the file ManageSieve's PUTSCRIPT + SETACTIVE leave under the stack's {@code sieve = file:~/sieve;active=~/.dovecot.sieve}:
 * {@code HOME/sieve/NAME.sieve}, an empty {@code HOME/sieve/tmp}, and the link {@code HOME/.dovecot.sieve}, owned by
 * the mail user with Dovecot's modes. {@link MailStackState} compares the result with a real apply.
 */
final class MailStackSeed {

	private static final long MB = 1024L * 1024L;
	private static final int ROWS_PER_STATEMENT = 20_000;
	private static final int FILE_WRITERS = 4;

	/** One mailbox's rows and script, from its changes (also what {@link MigrationFloor} writes). */
	static final class Seeded {
		final String address;
		final String domain;
		long quotaBytes;
		boolean enabled = true;
		Integer retentionDays;
		final List<String> targets = new ArrayList<>();
		Filters lists;
		boolean rejectVirus;
		boolean rejectSpam;
		boolean hasScript;

		Seeded(String address, String domain) {
			this.address = address;
			this.domain = domain;
		}

		String script() {
			return SeededScripts.text((lists == null ? Filters.none() : lists).withRejects(rejectVirus, rejectSpam));
		}
	}

	private final Map<String, String> ports;
	private final String sieveDir;
	private final String passwordHash;

	/** @param passwordHash the column value of every account, e.g. {SHA512-CRYPT}$6$... */
	MailStackSeed(Map<String, String> ports, String passwordHash) {
		this.ports = ports;
		this.sieveDir = setting(ports, "sieve-dir");
		this.passwordHash = passwordHash;
	}

	/** The value of a --set KEY=VALUE of the stack's SERVER_ADD_ARGS. */
	static String setting(Map<String, String> ports, String key) {
		for (String arg : ports.get("SERVER_ADD_ARGS").split(" ")) {
			if (arg.startsWith(key + "=")) {
				return arg.substring(key.length() + 1);
			}
		}
		throw new IllegalStateException("no " + key + " in SERVER_ADD_ARGS: " + ports.get("SERVER_ADD_ARGS"));
	}

	/** The domains and each mailbox's final rows and script that a plan of new mailboxes leaves. */
	record Planned(List<String> domains, Map<String, Seeded> mailboxes) {
	}

	static Planned planned(List<Change> changes) {
		List<String> domains = new ArrayList<>();
		Map<String, Seeded> mailboxes = new LinkedHashMap<>();
		for (Change change : changes) {
			collect(change, domains, mailboxes);
		}
		return new Planned(domains, mailboxes);
	}

	/** Writes the changes; returns the milliseconds of the rows and of the files. */
	long[] seed(List<Change> changes) throws Exception {
		Planned planned = planned(changes);
		List<String> domains = planned.domains();
		Map<String, Seeded> mailboxes = planned.mailboxes();
		long t0 = System.nanoTime();
		insertRows(domains, mailboxes.values());
		long t1 = System.nanoTime();
		writeScripts(mailboxes.values().stream().filter(m -> m.hasScript).toList());
		long t2 = System.nanoTime();
		return new long[] { (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000 };
	}

	private static void collect(Change change, List<String> domains, Map<String, Seeded> mailboxes) {
		if (change instanceof Change.CreateDomain d) {
			domains.add(d.domain());
			return;
		}
		if (change instanceof Change.CreateMailbox m) {
			mailboxes.put(m.mailbox(), new Seeded(m.mailbox(), m.domain()));
			return;
		}
		Seeded mailbox = mailboxes.get(change.mailbox());
		if (mailbox == null) {
			throw new IllegalArgumentException("a change of a mailbox the plan does not create: " + change.describe());
		}
		switch (change) {
		case Change.SetQuota q -> mailbox.quotaBytes = q.quotaMb() * MB;
		case Change.SetEnabled e -> mailbox.enabled = e.enabled();
		case Change.SetRetention r -> mailbox.retentionDays = r.days() > 0 ? r.days() : null;
		case Change.SetForwarding f -> {
			mailbox.targets.addAll(f.forwarding().targets());
			if (f.forwarding().keepCopy() && !f.forwarding().targets().isEmpty()) {
				mailbox.targets.add(mailbox.address);
			}
		}
		case Change.SetFilters f -> {
			mailbox.lists = f.filters();
			mailbox.hasScript = true;
		}
		case Change.SetRejectVirus v -> {
			mailbox.rejectVirus = v.reject();
			mailbox.hasScript = true;
		}
		case Change.SetRejectSpam s -> {
			mailbox.rejectSpam = s.reject();
			mailbox.hasScript = true;
		}
		default -> throw new IllegalArgumentException("the mail stack seeding has no way to write " + change.describe());
		}
	}

	private void insertRows(List<String> domains, Collection<Seeded> mailboxes) throws SQLException {
		String secret = ports.get("SERVER_SECRETS").replaceAll(".*DEFAULT=(\\S+).*", "$1");
		try (Connection c = DriverManager.getConnection(ports.get("JDBC_URL"), ports.get("PG_USER"), secret)) {
			c.setAutoCommit(false);
			try (PreparedStatement insert = c.prepareStatement("INSERT INTO domain (name) SELECT unnest(?::text[])")) {
				insert.setArray(1, c.createArrayOf("text", domains.toArray()));
				insert.executeUpdate();
			}
			List<Seeded> all = new ArrayList<>(mailboxes);
			for (int from = 0; from < all.size(); from += ROWS_PER_STATEMENT) {
				List<Seeded> part = all.subList(from, Math.min(all.size(), from + ROWS_PER_STATEMENT));
				try (PreparedStatement insert = c.prepareStatement("INSERT INTO mailbox (address, local_part, domain,"
						+ " password_hash, enabled, quota_bytes, retention_days) SELECT a, split_part(a, '@', 1), d, ?, e, q, r"
						+ " FROM unnest(?::text[], ?::text[], ?::boolean[], ?::bigint[], ?::integer[]) AS t (a, d, e, q, r)")) {
					insert.setString(1, passwordHash);
					insert.setArray(2, c.createArrayOf("text", part.stream().map(m -> m.address).toArray()));
					insert.setArray(3, c.createArrayOf("text", part.stream().map(m -> m.domain).toArray()));
					insert.setArray(4, c.createArrayOf("bool", part.stream().map(m -> m.enabled).toArray()));
					insert.setArray(5, c.createArrayOf("int8", part.stream().map(m -> m.quotaBytes).toArray()));
					insert.setArray(6, c.createArrayOf("int4", part.stream().map(m -> m.retentionDays).toArray()));
					insert.executeUpdate();
				}
				List<String> sources = new ArrayList<>();
				List<String> targets = new ArrayList<>();
				for (Seeded mailbox : part) {
					for (String target : mailbox.targets) {
						sources.add(mailbox.address);
						targets.add(target);
					}
				}
				try (PreparedStatement insert = c.prepareStatement("INSERT INTO alias (address, target)"
						+ " SELECT * FROM unnest(?::text[], ?::text[])")) {
					insert.setArray(1, c.createArrayOf("text", sources.toArray()));
					insert.setArray(2, c.createArrayOf("text", targets.toArray()));
					insert.executeUpdate();
				}
			}
			c.commit();
		}
	}

	/** The scripts as files, domains side by side. */
	private void writeScripts(List<Seeded> mailboxes) throws Exception {
		UserPrincipalLookupService users = Path.of("/").getFileSystem().getUserPrincipalLookupService();
		UserPrincipal mail = users.lookupPrincipalByName("mail");
		GroupPrincipal mailGroup = users.lookupPrincipalByGroupName("mail");
		Map<String, List<Seeded>> byDomain = new LinkedHashMap<>();
		mailboxes.forEach(m -> byDomain.computeIfAbsent(m.domain, k -> new ArrayList<>()).add(m));
		ExecutorService pool = Executors.newFixedThreadPool(FILE_WRITERS);
		try {
			List<Future<?>> writes = new ArrayList<>();
			for (List<Seeded> domain : byDomain.values()) {
				writes.add(pool.submit(() -> {
					for (Seeded mailbox : domain) {
						writeScript(mailbox, mail, mailGroup);
					}
					return null;
				}));
			}
			for (Future<?> write : writes) {
				write.get();
			}
		} finally {
			pool.shutdownNow();
		}
	}

	private void writeScript(Seeded mailbox, UserPrincipal mail, GroupPrincipal group) throws IOException {
		String local = mailbox.address.substring(0, mailbox.address.lastIndexOf('@'));
		Path sieve = Path.of(sieveDir.replace("%u", mailbox.address).replace("%d", mailbox.domain).replace("%n", local));
		Path home = sieve.getParent();
		directory(home.getParent(), mail, group);
		directory(home, mail, group);
		directory(sieve, mail, group);
		directory(sieve.resolve("tmp"), mail, group);
		Path file = sieve.resolve(SeededScripts.NAME + ".sieve");
		Files.writeString(file, mailbox.script(), StandardCharsets.UTF_8);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		own(file, mail, group);
		Path link = Files.createSymbolicLink(home.resolve(".dovecot.sieve"), home.relativize(file));
		own(link, mail, group);
	}

	/** A folder of the mail user, mode 700, as Dovecot makes them; an existing one (the domain's) is left as it is. */
	private static void directory(Path folder, UserPrincipal mail, GroupPrincipal group) throws IOException {
		try {
			Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		} catch (FileAlreadyExistsException e) {
			return;
		}
		own(folder, mail, group);
	}

	private static void own(Path path, UserPrincipal mail, GroupPrincipal group) throws IOException {
		PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
		view.setOwner(mail);
		view.setGroup(group);
	}

	/**
	 * Asks Dovecot (doveadm sieveList) for the scripts of a few seeded mailboxes: each must list the console's script
	 * as the active one, i.e. Dovecot reads the files where they were written. Returns the answers.
	 */
	List<String> checkDovecotReads(List<String> addresses) throws IOException, InterruptedException {
		String key = ports.get("SERVER_SECRETS").replaceAll(".*DOVEADM=(\\S+).*", "$1");
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		List<String> answers = new ArrayList<>();
		for (String address : addresses) {
			String body = "[[\"sieveList\",{\"user\":\"" + address + "\"},\"t\"]]";
			HttpRequest request = HttpRequest.newBuilder(URI.create(ports.get("DOVEADM_URL")))
					.header("Authorization", "X-Dovecot-API " + Base64.getEncoder().encodeToString(key.getBytes(StandardCharsets.UTF_8)))
					.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
			String answer = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
			if (!answer.contains("\"" + SeededScripts.NAME + "\"") || !answer.contains("ACTIVE")) {
				throw new IllegalStateException("Dovecot does not list the seeded script of " + address + " as active: " + answer);
			}
			answers.add(address + ": " + answer);
		}
		return answers;
	}
}
