package cc.enet.mailbox.connector.dovecot;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.postgresql.Driver;

import cc.enet.mailbox.connector.ConnectorException;
import cc.enet.mailbox.connector.ConnectorException.Kind;
import cc.enet.mailbox.connector.ConnectorText;

/**
 * The mail stack's PostgreSQL tables (schema: releng/mailstack/sql) over JDBC: what Postfix and Dovecot read live.
 * A few connections are kept for the parallel changes of an apply; every change is one transaction.
 */
final class MailDatabase implements AutoCloseable {

	/**
	 * One row of mailbox, with its alias targets and, where read, the bytes in use its quota_usage row holds (null:
	 * no row, or not read).
	 */
	record Row(String address, long quotaBytes, boolean enabled, Integer retentionDays, List<String> targets, Long usedBytes) {
	}

	/** Rows read; {@code usageKept}: their usage came from the quota_usage table (the database has one). */
	record Listing(Map<String, Row> rows, boolean usageKept) {
	}

	/** Where Dovecot's quota_clone plugin keeps each user's usage (releng/mailstack/sql/002-quota-usage.sql). */
	static final String USAGE_TABLE = "quota_usage";

	/** Work done inside one transaction. */
	interface Work<T> {
		T run(Connection connection) throws SQLException, ConnectorException;
	}

	private final DovecotSettings settings;
	private final BlockingQueue<Connection> idle;

	MailDatabase(DovecotSettings settings, int connections) {
		this.settings = settings;
		this.idle = new ArrayBlockingQueue<>(connections);
	}

	<T> T transaction(ConnectorText what, Work<T> work) throws ConnectorException {
		long started = PhaseClock.start();
		try {
			return transactionOnce(what, work);
		} finally {
			PhaseClock.stop("sql.transaction", started);
		}
	}

	private <T> T transactionOnce(ConnectorText what, Work<T> work) throws ConnectorException {
		Connection connection = take(what);
		boolean healthy = true;
		try {
			connection.setAutoCommit(false);
			T result = work.run(connection);
			connection.commit();
			return result;
		} catch (SQLException e) {
			healthy = rollback(connection);
			throw failure(what, e);
		} catch (ConnectorException | RuntimeException e) {
			healthy = rollback(connection);
			throw e;
		} finally {
			if (!healthy || !idle.offer(connection)) {
				quietlyClose(connection);
			}
		}
	}

	Set<String> domains() throws ConnectorException {
		return transaction(DovecotMessages.text("do.listDomains"), c -> {
			Set<String> names = new HashSet<>();
			try (PreparedStatement select = c.prepareStatement("SELECT name FROM domain");
					ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					names.add(rows.getString(1));
				}
			}
			return names;
		});
	}

	/**
	 * Every mailbox of the given domains (all when empty), with its forward targets and, where the database has the
	 * quota_usage table, its usage in the same query.
	 */
	Listing mailboxes(Set<String> domains) throws ConnectorException {
		return mailboxes("domain", domains, true);
	}

	/** Those of the given mailboxes (lower-cased addresses) the server has, with their forward targets. */
	Map<String, Row> mailboxesNamed(Set<String> addresses) throws ConnectorException {
		return addresses.isEmpty() ? Map.of() : mailboxes("address", addresses, false).rows();
	}

	/**
	 * The bytes in use the quota_usage rows of the given mailboxes hold now (a mailbox without a row is left out).
	 */
	Map<String, Long> keptUsage(Set<String> addresses) throws ConnectorException {
		if (addresses.isEmpty()) {
			return Map.of();
		}
		return transaction(DovecotMessages.text("do.listMailboxes"), c -> {
			Map<String, Long> used = new HashMap<>();
			try (PreparedStatement select = c.prepareStatement("SELECT username, bytes FROM " + USAGE_TABLE
					+ " WHERE username = ANY (?)")) {
				bindDomains(c, select, addresses);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						used.put(rows.getString(1), inDovecotsKib(rows.getLong(2)));
					}
				}
			}
			return used;
		});
	}

	/**
	 * quotaGet reports whole KiB, rounded up (20,552 bytes are 21 KiB there): the table's bytes the same way, so the
	 * usage is the same whichever way it was read.
	 */
	static long inDovecotsKib(long bytes) {
		return (bytes + 1023) / 1024 * 1024;
	}

	/**
	 * Up to three queries in one transaction: whether the usage table is there (when asked for usage), the alias
	 * rows, and the mailbox rows (with their usage rows joined) whose {@code column} is one of {@code values} (every
	 * row when none).
	 */
	private Listing mailboxes(String column, Set<String> values, boolean withUsage) throws ConnectorException {
		return transaction(DovecotMessages.text("do.listMailboxes"), c -> {
			boolean usageKept = withUsage && hasUsageTable(c);
			String filter = values.isEmpty() ? "" : " WHERE " + column + " = ANY (?)";
			Map<String, List<String>> targets = new HashMap<>();
			try (PreparedStatement select = c.prepareStatement("SELECT a.address, a.target FROM alias a JOIN mailbox m"
					+ " ON m.address = a.address" + filter.replace(column, "m." + column))) {
				bindDomains(c, select, values);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						targets.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(rows.getString(2));
					}
				}
			}
			Map<String, Row> mailboxes = new HashMap<>();
			String usage = usageKept ? ", u.bytes FROM mailbox m LEFT JOIN " + USAGE_TABLE + " u ON u.username = m.address"
					: ", NULL FROM mailbox m";
			try (PreparedStatement select = c.prepareStatement("SELECT m.address, m.quota_bytes, m.enabled, m.retention_days"
					+ usage + filter.replace(column, "m." + column))) {
				bindDomains(c, select, values);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						String address = rows.getString(1);
						long quota = rows.getLong(2);
						boolean enabled = rows.getBoolean(3);
						int days = rows.getInt(4);
						Integer retention = rows.wasNull() ? null : days;
						long used = rows.getLong(5);
						mailboxes.put(address, new Row(address, quota, enabled, retention,
								List.copyOf(targets.getOrDefault(address, List.of())), rows.wasNull() ? null : inDovecotsKib(used)));
					}
				}
			}
			return new Listing(mailboxes, usageKept);
		});
	}

	/** A server whose database has no quota_usage table counts each mailbox's usage through doveadm instead. */
	private static boolean hasUsageTable(Connection c) throws SQLException {
		try (PreparedStatement select = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
			select.setString(1, USAGE_TABLE);
			try (ResultSet rows = select.executeQuery()) {
				return rows.next() && rows.getBoolean(1);
			}
		}
	}

	private static void bindDomains(Connection c, PreparedStatement statement, Set<String> domains) throws SQLException {
		if (!domains.isEmpty()) {
			statement.setArray(1, c.createArrayOf("text", domains.toArray()));
		}
	}

	private Connection take(ConnectorText what) throws ConnectorException {
		Connection connection = idle.poll();
		if (connection != null) {
			return connection;
		}
		Properties properties = new Properties();
		properties.setProperty("user", settings.dbUser());
		if (settings.dbPassword() != null) {
			properties.setProperty("password", new String(settings.dbPassword()));
		}
		// the server's deadline for the connection, the login and every read: a stalled PostgreSQL fails the change
		String seconds = String.valueOf(settings.timeout().toSeconds());
		properties.setProperty("connectTimeout", seconds);
		properties.setProperty("loginTimeout", seconds);
		properties.setProperty("socketTimeout", seconds);
		properties.setProperty("ApplicationName", "Mailbox Console");
		try {
			// the driver directly: java.sql.DriverManager does not see drivers of other OSGi bundles
			Connection opened = new Driver().connect(settings.jdbcUrl(), properties);
			if (opened == null) {
				throw new ConnectorException(Kind.UNREACHABLE, DovecotMessages.text("error.notPostgres", settings.jdbcUrl()));
			}
			return opened;
		} catch (SQLException e) {
			throw failure(what, e);
		}
	}

	/**
	 * Throws the failure to reach the database, if it cannot be reached now: Dovecot reads its users from it, so
	 * when a ManageSieve login fails this tells whether PostgreSQL is the part that failed.
	 */
	void check() throws ConnectorException {
		transaction(DovecotMessages.text("do.check"), c -> {
			try (PreparedStatement select = c.prepareStatement("SELECT 1"); ResultSet ignored = select.executeQuery()) {
				return null;
			}
		});
	}

	/**
	 * SQLSTATE class 08 = no connection and 57P = the server shut down or crashed under the session: the database is
	 * gone; 28 = credentials refused; anything else refused this one change.
	 */
	private ConnectorException failure(ConnectorText what, SQLException e) {
		String state = e.getSQLState() == null ? "" : e.getSQLState();
		Kind kind = state.startsWith("08") || state.startsWith("57P") ? Kind.UNREACHABLE
				: state.startsWith("28") ? Kind.UNAUTHORIZED : Kind.REFUSED;
		return new ConnectorException(kind, DovecotMessages.text("error.sql", settings.jdbcUrl(), what, String.valueOf(e.getMessage())), e);
	}

	private static boolean rollback(Connection connection) {
		try {
			connection.rollback();
			return true;
		} catch (SQLException e) {
			return false;
		}
	}

	private static void quietlyClose(Connection connection) {
		try {
			connection.close();
		} catch (SQLException e) {
			// it is gone either way
		}
	}

	@Override
	public void close() {
		Connection connection;
		while ((connection = idle.poll()) != null) {
			quietlyClose(connection);
		}
	}
}
