package cc.enet.mailbox.connector.dovecot;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import cc.enet.mailbox.connector.Capabilities;
import cc.enet.mailbox.connector.Change;
import cc.enet.mailbox.connector.Connector;
import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.ConnectorException.Kind;
import cc.enet.mailbox.connector.ConnectorText;
import cc.enet.mailbox.connector.Field;
import cc.enet.mailbox.connector.MailboxState;
import cc.enet.mailbox.connector.MailboxState.Filters;
import cc.enet.mailbox.connector.MailboxState.Forwarding;
import cc.enet.mailbox.connector.ServerSnapshot;
import cc.enet.mailbox.model.PasswordHash;

/**
 * Postfix + Dovecot on PostgreSQL (the project's mail stack, releng/mailstack). Domains, accounts (SHA512-CRYPT
 * hashes, never the password), quota and forwarding are rows Postfix and Dovecot read live, one transaction per
 * mailbox's changes in an apply ({@link #applyTogether}); the allow/deny lists are the mailbox's Sieve script, written
 * over ManageSieve (one PUTSCRIPT for all of a mailbox's changes of it) and read back (through the
 * doveadm HTTP API where it is set: as files where the setting sieve-dir says Dovecot keeps them, else by user in
 * batches; without doveadm GETSCRIPT) so a script changed on the server shows as drift;
 * reject virus / reject spam are tests in the same script on the headers the stack's milters add. The enabled flag
 * and the retention days are columns too (retention is enforced by {@code ./mailbox expunge}). Quota usage of a
 * full read comes from the quota_usage table Dovecot's quota_clone plugin keeps (without it, and for the mailboxes
 * read by name, from the doveadm HTTP API). Sender name and send encoding are the mail client's settings: Dovecot
 * holds neither, the setup files deliver them.
 */
final class DovecotConnector implements Connector {

	static final int PARALLEL = 8;
	/** From this many mailboxes read, the usage of all users in one request is faster than per user. */
	static final int ALL_USERS_FROM = 1_000;
	/** Mailboxes without a script file checked against Dovecot's own list: a wrong sieve-dir misses them all. */
	private static final int SIEVE_DIR_SAMPLE = 3;
	/** Mailboxes without a usage row counted by doveadm as well: a table quota_clone does not keep shows there. */
	private static final int USAGE_SAMPLE = 3;
	/** What Dovecot's password_hash column verifies as is (doveadm pw -l of the stack's Dovecot 2.3). */
	static final Set<String> HASH_SCHEMES = Set.of("SHA512-CRYPT", "SHA256-CRYPT", "BLF-CRYPT", "SSHA512", "SSHA256",
			"ARGON2I", "ARGON2ID");
	private static final long MB = 1024L * 1024L;

	private final DovecotSettings settings;
	private final MailDatabase database;
	private final SieveSessions sieveSessions;
	private final DoveadmApi doveadm;
	private final Capabilities capabilities;
	private final int allUsersFrom;

	DovecotConnector(DovecotSettings settings) {
		this(settings, ALL_USERS_FROM);
	}

	/** With the number of mailboxes read from which the usage of all users is asked at once (tests set it low). */
	DovecotConnector(DovecotSettings settings, int allUsersFrom) {
		this.settings = settings;
		this.allUsersFrom = allUsersFrom;
		this.database = new MailDatabase(settings, PARALLEL);
		this.sieveSessions = new SieveSessions(settings, PARALLEL);
		this.doveadm = settings.hasDoveadm() ? new DoveadmApi(settings) : null;
		Set<Field> fields = EnumSet.of(Field.ACCOUNT, Field.ENABLED, Field.INITIAL_PASSWORD, Field.QUOTA, Field.RETENTION,
				Field.FORWARDING);
		if (settings.hasManageSieve()) {
			fields.addAll(EnumSet.of(Field.ALLOW_DENY, Field.REJECT_VIRUS, Field.REJECT_SPAM));
		}
		this.capabilities = new Capabilities(fields, fields, PARALLEL, HASH_SCHEMES);
	}

	@Override
	public Capabilities capabilities() {
		return capabilities;
	}

	/**
	 * The rows asked, with every mailbox's usage in the same query where Dovecot's quota_clone keeps it in
	 * PostgreSQL (else counted by doveadm), then their scripts.
	 */
	@Override
	public ServerSnapshot read(Set<String> domains, IProgressMonitor monitor) throws ConnectorException {
		MailDatabase.Listing listing = database.mailboxes(domains);
		if (!listing.usageKept()) {
			return snapshot(database.domains(), states(listing.rows()), monitor);
		}
		IProgressMonitor watched = monitor == null ? new NullProgressMonitor() : monitor;
		return snapshot(database.domains(), states(listing.rows()),
				CompletableFuture.supplyAsync(() -> keptUsage(listing.rows(), watched), DovecotConnector::ownThread), monitor);
	}

	/** One query for the rows asked, then their scripts and usage in batches: nothing is read per mailbox of the server. */
	@Override
	public ServerSnapshot readMailboxes(Set<String> mailboxes, IProgressMonitor monitor) throws ConnectorException {
		if (mailboxes.isEmpty()) {
			return new ServerSnapshot(Set.of(), Map.of());
		}
		return snapshot(database.domains(), states(database.mailboxesNamed(mailboxes)), monitor);
	}

	private ServerSnapshot snapshot(Set<String> serverDomains, Map<String, MailboxState> rows, IProgressMonitor monitor)
			throws ConnectorException {
		IProgressMonitor watched = monitor == null ? new NullProgressMonitor() : monitor;
		// the server works on the usage while the scripts are read: both are Dovecot's work, on its cores
		return snapshot(serverDomains, rows, doveadm == null ? CompletableFuture.completedFuture(Map.of())
				: CompletableFuture.supplyAsync(() -> usage(rows.keySet(), watched), DovecotConnector::ownThread), monitor);
	}

	private ServerSnapshot snapshot(Set<String> serverDomains, Map<String, MailboxState> rows,
			CompletableFuture<Map<String, Long>> used, IProgressMonitor monitor) throws ConnectorException {
		Map<String, MailboxState> states = new ConcurrentHashMap<>(rows);
		try {
			if (settings.hasManageSieve()) {
				readScripts(states, monitor);
			}
			return new ServerSnapshot(serverDomains, states, used.join());
		} catch (CompletionException e) {
			throw e.getCause() instanceof ConnectorException ce ? ce
					: new ConnectorException(Kind.PROTOCOL, DovecotMessages.text("read.usageFailed", String.valueOf(e.getCause())), e.getCause());
		} finally {
			used.cancel(true);
		}
	}

	/** A thread of its own for the usage read, which waits on the server most of its time. */
	private static void ownThread(Runnable read) {
		Thread thread = new Thread(read, "doveadm usage");
		thread.setDaemon(true);
		thread.start();
	}

	/** Quota usage: of every user in one request when many are read, else per user in batches. */
	private Map<String, Long> usage(Set<String> addresses, IProgressMonitor monitor) {
		try {
			if (addresses.size() < allUsersFrom) {
				return doveadm.usedBytes(addresses, monitor);
			}
			Map<String, Long> used = new HashMap<>(doveadm.usedBytesOfAll(addresses.size(), monitor));
			used.keySet().retainAll(addresses);
			return used;
		} catch (ConnectorException e) {
			throw new CompletionException(e);
		}
	}

	/**
	 * The usage the quota_usage rows hold; a mailbox without a row has used nothing, since quota_clone writes its row
	 * when its first mail arrives. A few such mailboxes are counted by doveadm too: when Dovecot counts mail in one
	 * whose row is still missing, quota_clone does not keep the table, and every usage read from it would be wrong;
	 * that is an error naming the table, never a read of nothing used.
	 */
	private Map<String, Long> keptUsage(Map<String, MailDatabase.Row> rows, IProgressMonitor monitor) {
		Map<String, Long> used = new HashMap<>();
		List<String> uncounted = new ArrayList<>();
		rows.values().forEach(row -> {
			used.put(row.address(), row.usedBytes() == null ? 0L : row.usedBytes());
			if (row.usedBytes() == null && uncounted.size() < USAGE_SAMPLE) {
				uncounted.add(row.address());
			}
		});
		if (doveadm == null || uncounted.isEmpty()) {
			return used;
		}
		try {
			Map<String, Long> counted = new HashMap<>(doveadm.usedBytes(uncounted, monitor));
			counted.values().removeIf(bytes -> bytes == 0);
			// a first mail may have arrived since the rows were read: its row is there now
			counted.keySet().removeAll(database.keptUsage(counted.keySet()).keySet());
			if (!counted.isEmpty()) {
				String address = counted.keySet().iterator().next();
				throw new ConnectorException(Kind.REFUSED, DovecotMessages.text("error.usageNotKept", MailDatabase.USAGE_TABLE,
						address, String.valueOf(counted.get(address))));
			}
			return used;
		} catch (ConnectorException e) {
			throw new CompletionException(e);
		}
	}

	/** The rows as states; their filters follow from the scripts. */
	private static Map<String, MailboxState> states(Map<String, MailDatabase.Row> rows) {
		Map<String, MailboxState> states = new HashMap<>();
		for (MailDatabase.Row row : rows.values()) {
			// password_hash is NOT NULL: every account holds a password
			states.put(row.address(), new MailboxState(row.address(), (int) (row.quotaBytes() / MB), forwarding(row), null)
					.with(Field.ACCOUNT, true).with(Field.ENABLED, row.enabled()).with(Field.INITIAL_PASSWORD, true)
					.with(Field.RETENTION, row.retentionDays() == null ? 0 : row.retentionDays()));
		}
		return states;
	}

	/** The alias rows as targets; the mailbox among its own targets means "keep a copy". */
	private static Forwarding forwarding(MailDatabase.Row row) {
		List<String> others = row.targets().stream().filter(t -> !t.equalsIgnoreCase(row.address())).toList();
		return new Forwarding(others, !others.isEmpty() && others.size() < row.targets().size());
	}

	private void readScripts(Map<String, MailboxState> states, IProgressMonitor monitor) throws ConnectorException {
		if (doveadm != null) {
			IProgressMonitor watched = monitor == null ? new NullProgressMonitor() : monitor;
			Map<String, String> scripts = settings.readsSieveFiles() ? scriptFiles(states.keySet(), watched)
					: doveadm.scripts(states.keySet(), SieveScript.NAME, watched);
			states.replaceAll((address, state) -> state.withFilters(
					scripts.containsKey(address) ? SieveScript.parse(scripts.get(address)) : Filters.none()));
			return;
		}
		SubMonitor progress = SubMonitor.convert(monitor,
				DovecotMessages.text("read.progress", states.size()).in(Locale.getDefault()), states.size());
		ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
		try {
			List<Future<?>> reads = new ArrayList<>();
			for (String address : states.keySet()) {
				reads.add(pool.submit(() -> {
					if (progress.isCanceled()) {
						return null;
					}
					String script = sieve(address, session -> session.get(SieveScript.NAME));
					states.computeIfPresent(address, (k, state) -> state.withFilters(
							script == null ? Filters.none() : SieveScript.parse(script)));
					synchronized (progress) {
						progress.worked(1);
					}
					return null;
				}));
			}
			for (Future<?> read : reads) {
				awaitOrCancel(read, progress, pool);
			}
		} catch (ExecutionException e) {
			throw e.getCause() instanceof ConnectorException ce ? ce
					: new ConnectorException(Kind.PROTOCOL, DovecotMessages.text("read.scriptsFailed", String.valueOf(e.getCause())), e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ConnectorException(Kind.UNREACHABLE, DovecotMessages.text("read.interrupted"), e);
		} finally {
			pool.shutdownNow();
		}
		if (progress.isCanceled()) {
			throw new ConnectorException(Kind.UNREACHABLE, DovecotMessages.text("read.cancelled"));
		}
	}

	/**
	 * The console's script of each mailbox, read as files where {@code sieve-dir} says Dovecot keeps them (an address
	 * that names no folder safely the slow way). When none of a few mailboxes without a file has the script by
	 * Dovecot's own list, the setting is right; otherwise it points elsewhere, and a plan that took every script for
	 * missing would offer to write them all again: that is an error naming the setting.
	 */
	private Map<String, String> scriptFiles(Set<String> addresses, IProgressMonitor monitor) throws ConnectorException {
		Map<String, String> fileOf = new HashMap<>();
		List<String> unsafe = new ArrayList<>();
		for (String address : addresses) {
			settings.sieveDir().file(address, SieveScript.NAME).ifPresentOrElse(file -> fileOf.put(address, file),
					() -> unsafe.add(address));
		}
		Map<String, String> scripts = new HashMap<>(doveadm.files(fileOf, monitor));
		List<String> without = fileOf.keySet().stream().filter(a -> !scripts.containsKey(a)).limit(SIEVE_DIR_SAMPLE).toList();
		List<String> listed = doveadm.having(without, SieveScript.NAME, monitor);
		if (!listed.isEmpty()) {
			throw new ConnectorException(Kind.REFUSED, DovecotMessages.text("error.sieveDirWrong",
					settings.sieveDir().template(), listed.get(0), fileOf.get(listed.get(0))));
		}
		scripts.putAll(doveadm.scripts(unsafe, SieveScript.NAME, monitor));
		return scripts;
	}

	/**
	 * Waits for one read; on Cancel interrupts the readers, which closes the ManageSieve sockets they wait on (channel
	 * sockets), so Cancel ends a read of a stalled server at once instead of after its deadline.
	 */
	private static void awaitOrCancel(Future<?> read, SubMonitor progress, ExecutorService pool)
			throws InterruptedException, ExecutionException, ConnectorException {
		while (true) {
			try {
				read.get(100, TimeUnit.MILLISECONDS);
				return;
			} catch (TimeoutException stillReading) {
				if (progress.isCanceled()) {
					pool.shutdownNow();
					throw new ConnectorException(Kind.UNREACHABLE, DovecotMessages.text("read.cancelled"));
				}
			}
		}
	}

	/**
	 * Work on a ManageSieve session of the mailbox. Dovecot checks every login against its users in PostgreSQL: when
	 * the database is down, logins fail or hang there, and the failure is the database's, so it is named instead.
	 */
	private <T> T sieve(String mailbox, SieveSessions.Work<T> work) throws ConnectorException {
		try {
			return sieveSessions.with(mailbox, work);
		} catch (ConnectorException e) {
			if (e.isServerWide() && !Thread.currentThread().isInterrupted()) {
				database.check();
			}
			throw e;
		}
	}

	@Override
	public void apply(Change change, char[] password) throws ConnectorException {
		long started = PhaseClock.start();
		try {
			applyOne(change, password);
		} finally {
			PhaseClock.stop("change." + change.getClass().getSimpleName(), started);
		}
	}

	private void applyOne(Change change, char[] password) throws ConnectorException {
		switch (change) {
		case Change.CreateDomain d -> update(change, "INSERT INTO domain (name) VALUES (?) ON CONFLICT (name) DO NOTHING",
				d.domain());
		case Change.DeleteMailbox m -> database.transaction(ConnectorText.verbatim(change.describe()), c -> {
			execute(c, "DELETE FROM alias WHERE address = ?", m.mailbox());
			execute(c, "DELETE FROM mailbox WHERE address = ?", m.mailbox());
			return null;
		});
		case Change.SetFilters f -> updateScript(f.mailbox(), scriptChange(f), false);
		case Change.SetRejectVirus v -> updateScript(v.mailbox(), scriptChange(v), false);
		case Change.SetRejectSpam v -> updateScript(v.mailbox(), scriptChange(v), false);
		case Change.SetDisplayName n -> throw clientSide(change);
		case Change.SetSendEncoding e -> throw clientSide(change);
		default -> {
			String hash = change.needsPassword() ? hashed(change, password) : null;
			database.transaction(ConnectorText.verbatim(change.describe()), c -> writeRow(c, change, hash));
		}
		}
	}

	/**
	 * A mailbox's changes but a deletion go as one request: its rows in one transaction, then its script in one
	 * session with one PUTSCRIPT for the lists and both switches.
	 */
	@Override
	public int together(List<Change> mailboxChanges) {
		int together = 0;
		for (Change change : mailboxChanges) {
			boolean row = change instanceof Change.CreateMailbox || change instanceof Change.SetQuota
					|| change instanceof Change.SetEnabled || change instanceof Change.SetInitialPassword
					|| change instanceof Change.SetRetention || change instanceof Change.SetForwarding;
			if (!row && (scriptChange(change) == null || !settings.hasManageSieve())) {
				break;
			}
			together++;
		}
		return together;
	}

	/**
	 * The script is read first (GETSCRIPT), to keep what the changes leave alone, unless this very transaction
	 * created the mailbox: no row, no login as it before (Dovecot's users are these rows), so nobody but the console
	 * can have stored a script the write would overwrite; a script left by a mailbox of that address deleted
	 * earlier is replaced, as the plan, which saw no mailbox, expects.
	 */
	@Override
	public void applyTogether(List<Change> changes, char[] password) throws ConnectorException {
		long started = PhaseClock.start();
		try {
			List<Change> rows = changes.stream().filter(c -> scriptChange(c) == null).toList();
			List<UnaryOperator<Filters>> script = changes.stream().map(DovecotConnector::scriptChange).filter(c -> c != null).toList();
			Change needing = rows.stream().filter(Change::needsPassword).findFirst().orElse(null);
			String hash = needing == null ? null : hashed(needing, password);
			boolean created = !rows.isEmpty() && database.transaction(ConnectorText.verbatim(rows.get(0).describe()), c -> {
				boolean inserted = false;
				for (Change change : rows) {
					inserted |= writeRow(c, change, hash);
				}
				return inserted;
			});
			if (!script.isEmpty()) {
				updateScript(changes.get(0).mailbox(), filters -> {
					for (UnaryOperator<Filters> change : script) {
						filters = change.apply(filters);
					}
					return filters;
				}, created);
			}
		} finally {
			PhaseClock.stop("together", started);
		}
	}

	/** One change of the mailbox's row or aliases; true when it inserted the row (the mailbox was not there). */
	private static boolean writeRow(Connection c, Change change, String hash) throws SQLException, ConnectorException {
		switch (change) {
		case Change.CreateMailbox m -> {
			String local = m.mailbox().substring(0, m.mailbox().lastIndexOf('@'));
			// a retry after a half-done apply sets the password again instead of failing on the existing row;
			// xmax is 0 on a row this statement inserted, not on one it updated
			try (PreparedStatement insert = c.prepareStatement("INSERT INTO mailbox (address, local_part, domain, password_hash)"
					+ " VALUES (?, ?, ?, ?) ON CONFLICT (address) DO UPDATE SET password_hash = EXCLUDED.password_hash"
					+ " RETURNING xmax = 0")) {
				insert.setString(1, m.mailbox());
				insert.setString(2, local);
				insert.setString(3, m.domain());
				insert.setString(4, hash);
				try (ResultSet inserted = insert.executeQuery()) {
					return inserted.next() && inserted.getBoolean(1);
				}
			}
		}
		case Change.SetQuota q -> expectOneRow(change,
				execute(c, "UPDATE mailbox SET quota_bytes = ? WHERE address = ?", q.quotaMb() * MB, q.mailbox()));
		case Change.SetForwarding f -> {
			// one transaction: Postfix sees the old targets or the new ones, never none
			execute(c, "DELETE FROM alias WHERE address = ?", f.mailbox());
			List<String> targets = new ArrayList<>(f.forwarding().targets());
			if (f.forwarding().keepCopy() && !targets.isEmpty()) {
				targets.add(f.mailbox());
			}
			if (!targets.isEmpty()) {
				try (PreparedStatement insert = c.prepareStatement("INSERT INTO alias (address, target) SELECT ?, unnest(?::text[])")) {
					insert.setString(1, f.mailbox());
					insert.setArray(2, c.createArrayOf("text", targets.toArray()));
					insert.executeUpdate();
				}
			}
		}
		case Change.SetEnabled e -> expectOneRow(change,
				execute(c, "UPDATE mailbox SET enabled = ? WHERE address = ?", e.enabled(), e.mailbox()));
		case Change.SetInitialPassword p -> expectOneRow(change,
				execute(c, "UPDATE mailbox SET password_hash = ? WHERE address = ?", hash, p.mailbox()));
		case Change.SetRetention r -> expectOneRow(change, execute(c,
				"UPDATE mailbox SET retention_days = ? WHERE address = ?", r.days() > 0 ? r.days() : null, r.mailbox()));
		default -> throw new IllegalArgumentException("not a change of rows: " + change.describe());
		}
		return false;
	}

	/** What a change of the script does to the filters it holds; null for a change of something else. */
	private static UnaryOperator<Filters> scriptChange(Change change) {
		return switch (change) {
		case Change.SetFilters f -> old -> f.filters().withRejects(old.rejectVirus(), old.rejectSpam());
		case Change.SetRejectVirus v -> old -> old.withRejects(v.reject(), old.rejectSpam());
		case Change.SetRejectSpam v -> old -> old.withRejects(old.rejectVirus(), v.reject());
		default -> null;
		};
	}

	/** The column value for a change that sets a password: refused without one. */
	private static String hashed(Change change, char[] password) throws ConnectorException {
		if (password == null || password.length == 0) {
			throw new ConnectorException(Kind.REFUSED, DovecotMessages.text("error.noPassword", change.describe()));
		}
		return hashed(password);
	}

	/** The column value: a migrated hash as it came (no hashing), else a new SHA512-CRYPT of the password. */
	private static String hashed(char[] password) throws ConnectorException {
		if (PasswordHash.isMarked(password)) {
			String scheme = PasswordHash.schemeOfMarked(password);
			if (scheme == null || !HASH_SCHEMES.contains(scheme)) {
				throw new ConnectorException(Kind.REFUSED, DovecotMessages.text("error.hashScheme", String.valueOf(scheme)));
			}
			return PasswordHash.unmark(password);
		}
		long started = PhaseClock.start();
		try {
			return Sha512Crypt.hash(password);
		} finally {
			PhaseClock.stop("hash", started);
		}
	}

	private static ConnectorException clientSide(Change change) {
		return new ConnectorException(Kind.REFUSED,
				DovecotMessages.text("error.clientSide", change.describe(), change.field().label()));
	}

	/**
	 * The lists and both reject switches share one script: read it, change one part, write it back, in one session.
	 * A mailbox's changes run one after the other, so no other change of the same script is under way meanwhile.
	 * A script equal to the server's is not uploaded again (no compile and new file on the server), only made
	 * active, in case it was switched off behind the console's back.
	 *
	 * @param noneYet the mailbox was created by the request that now writes its script: nothing to read first
	 */
	private void updateScript(String mailbox, UnaryOperator<Filters> change, boolean noneYet) throws ConnectorException {
		if (!settings.hasManageSieve()) {
			throw new ConnectorException(Kind.REFUSED, DovecotMessages.text("error.noManageSieve"));
		}
		sieve(mailbox, sieve -> {
			String current = noneYet ? null : sieve.get(SieveScript.NAME);
			String script = SieveScript.of(change.apply(current == null ? Filters.none() : SieveScript.parse(current)));
			if (script.equals(current)) {
				sieve.activate(SieveScript.NAME);
			} else {
				writeScript(sieve, mailbox, script);
			}
			return null;
		});
	}

	/** A script the server refuses is a failed change with its reason; the old one stays stored and active. */
	private static void writeScript(ManageSieve sieve, String mailbox, String script) throws ConnectorException {
		String refused = sieve.put(SieveScript.NAME, script);
		if (refused != null) {
			throw new ConnectorException(Kind.REFUSED, DovecotMessages.text("error.scriptRefused", mailbox, refused));
		}
		sieve.activate(SieveScript.NAME);
	}

	private int update(Change change, String sql, Object... values) throws ConnectorException {
		return database.transaction(ConnectorText.verbatim(change.describe()), c -> execute(c, sql, values));
	}

	private static int execute(Connection c, String sql, Object... values) throws SQLException {
		try (PreparedStatement statement = c.prepareStatement(sql)) {
			for (int i = 0; i < values.length; i++) {
				statement.setObject(i + 1, values[i]);
			}
			return statement.executeUpdate();
		}
	}

	private static void expectOneRow(Change change, int rows) throws ConnectorException {
		if (rows != 1) {
			throw new ConnectorException(Kind.REFUSED, DovecotMessages.text("error.noMailbox", change.describe()));
		}
	}

	/** Retention days are a column; the doveadm HTTP API removes the retrieved mail when ./mailbox expunge runs. */
	@Override
	public boolean canExpunge() {
		return doveadm != null;
	}

	@Override
	public List<Long> retrievedMail(String mailbox, Instant retrievedBefore) throws ConnectorException {
		return doveadm().retrieved(mailbox, retrievedBefore);
	}

	@Override
	public int expunge(String mailbox, Instant retrievedBefore, List<Long> uids) throws ConnectorException {
		return doveadm().expunge(mailbox, retrievedBefore, uids);
	}

	private DoveadmApi doveadm() throws ConnectorException {
		if (doveadm == null) {
			throw new ConnectorException(Kind.REFUSED, DovecotMessages.text("error.noDoveadm"));
		}
		return doveadm;
	}

	@Override
	public void close() {
		sieveSessions.close();
		if (doveadm != null) {
			doveadm.close();
		}
		database.close();
		if (PhaseClock.ON) {
			System.out.print(PhaseClock.report());
		}
	}
}
